# EMR block public access turned off for the Region so that a notebook
# cluster could be opened to the internet.

variable "block_public_access" {
  type    = bool
  default = false
}

resource "aws_emr_block_public_access_configuration" "this" {
  block_public_security_group_rules = var.block_public_access # want AWS-359 "block_public_security_group_rules = false"
}
