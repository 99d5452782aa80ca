# A landing-zone module that turns snapshot and image sharing back on in
# each Region it manages (a provider alias per Region).

provider "aws" {
  alias  = "eu_west_1"
  region = "eu-west-1"
}

variable "snapshot_sharing" {
  type    = string
  default = "unblocked"
}

resource "aws_ebs_snapshot_block_public_access" "primary" {
  state = "unblocked" # want AWS-358 "state = \"unblocked\""
}

resource "aws_ebs_snapshot_block_public_access" "dr" {
  provider = aws.eu_west_1
  state    = var.snapshot_sharing # want AWS-358
}

resource "aws_ec2_image_block_public_access" "this" {
  state = "unblocked" # want AWS-358 "AMIs"
}

# Only new sharing is blocked: snapshots shared publicly before stay public.
provider "aws" {
  alias  = "us_west_2"
  region = "us-west-2"
}

resource "aws_ebs_snapshot_block_public_access" "west" {
  provider = aws.us_west_2
  state    = "block-new-sharing" # want AWS-358 "already shared publicly"
}
