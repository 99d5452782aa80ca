# Two accounts. The default provider takes its credentials from the
# environment; the audit account's provider has a key pasted in, and only
# the resources of a module handed that provider use it.
provider "aws" {
  region = "eu-west-1"
}

provider "aws" {
  alias      = "audit"
  region     = "eu-west-1"
  access_key = "AKIAJ4K5L6M7N8P9Q2R3" # want AWS-117
  secret_key = "Tz4Yx3Wv2Ut1Sr0Qp9On8Ml7Kj6Ih5Gf4Ed3Cb2A"
}

module "audit_alerts" {
  source = "./logs"
  providers = {
    aws = aws.audit
  }
}

resource "aws_sqs_queue" "jobs" {
  name                    = "jobs"
  sqs_managed_sse_enabled = true
}
