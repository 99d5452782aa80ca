# VPCs and their flow logs through for_each: each.value refers to the
# instances of aws_vpc.each.
resource "aws_vpc" "each" {
  for_each   = toset(["10.20.0.0/16", "10.21.0.0/16"])
  cidr_block = each.value
}

resource "aws_flow_log" "each" {
  for_each             = aws_vpc.each
  vpc_id               = each.value.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::acme-flow-logs"
}
