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

# Service-specific credentials (CodeCommit HTTPS Git, Amazon Keyspaces) are
# long-lived passwords of an IAM user; status defaults to "Active".
resource "aws_iam_user" "git" { # want AWS-031
  name = "build-bot"
}

resource "aws_iam_service_specific_credential" "git" { # want AWS-034
  service_name = "codecommit.amazonaws.com"
  user_name    = aws_iam_user.git.name
}

resource "aws_iam_service_specific_credential" "keyspaces" {
  service_name = "cassandra.amazonaws.com"
  user_name    = "analytics"
  status       = "Active" # want AWS-034
}
