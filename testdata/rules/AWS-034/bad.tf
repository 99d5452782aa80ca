# status defaults to "Active".
resource "aws_iam_access_key" "ci" { # want AWS-034
  user = "ci-deployer"
}

resource "aws_iam_access_key" "smtp" {
  user    = "ses-smtp"
  status  = "Active" # want AWS-034
  pgp_key = "keybase:acme_security"
}

variable "key_status" {
  type    = string
  default = "Active"
}

resource "aws_iam_access_key" "legacy" {
  user   = "legacy-sync"
  status = var.key_status # want AWS-034
}
