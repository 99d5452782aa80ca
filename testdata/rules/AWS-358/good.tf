# Sharing blocked in each Region, new sharing blocked for images, and a
# Region whose state comes from a map with blocking values only.

locals {
  snapshot_state = {
    "us-east-1" = "block-all-sharing"
    "eu-west-1" = "block-new-sharing"
  }
}

variable "region" {
  type    = string
  default = "us-east-1"
}

resource "aws_ebs_snapshot_block_public_access" "this" {
  state = local.snapshot_state[var.region]
}

resource "aws_ec2_image_block_public_access" "this" {
  state = "block-new-sharing"
}
