# The module's outputs about the group (v4 and v5 names).

output "security_group_id" {
  value = local.this_sg_id
}

output "security_group_arn" {
  value = one(aws_security_group.this[*].arn)
}

output "security_group_name" {
  value = one(aws_security_group.this[*].name)
}

output "security_group_vpc_id" {
  value = one(aws_security_group.this[*].vpc_id)
}

output "security_group_owner_id" {
  value = one(aws_security_group.this[*].owner_id)
}

output "security_group_description" {
  value = one(aws_security_group.this[*].description)
}
