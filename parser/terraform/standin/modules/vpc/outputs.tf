# The module's outputs about what the stand-in creates.

output "vpc_id" {
  value = one(aws_vpc.this[*].id)
}

output "vpc_arn" {
  value = one(aws_vpc.this[*].arn)
}

output "vpc_cidr_block" {
  value = one(aws_vpc.this[*].cidr_block)
}

output "public_subnets" {
  value = aws_subnet.public[*].id
}

output "public_subnet_arns" {
  value = aws_subnet.public[*].arn
}

output "public_subnets_cidr_blocks" {
  value = compact(aws_subnet.public[*].cidr_block)
}

output "vpc_flow_log_id" {
  value = one(aws_flow_log.this[*].id)
}
