# terraform init downloaded the module (.terraform/modules/modules.json):
# the downloaded code is scanned and the stand-in is not used. This copy
# of the module (a made-up one, for the test) ignores ingress_rules, so the
# stand-in's finding on the argument below must not appear.

module "sg" {
  source  = "terraform-aws-modules/security-group/aws"
  version = "~> 5.0"

  name                = "downloaded"
  ingress_cidr_blocks = ["0.0.0.0/0"]
  ingress_rules       = ["ssh-tcp"]
}
