# A flow log whose VPC is not known statically (a variable without a value)
# may be on this VPC: it is given the benefit of the doubt.
variable "vpc_id" {
  type = string
}

resource "aws_vpc" "main" {
  cidr_block = "10.30.0.0/16"
}

resource "aws_flow_log" "main" {
  vpc_id               = var.vpc_id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::acme-flow-logs"
}
