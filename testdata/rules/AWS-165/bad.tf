resource "aws_secretsmanager_secret" "db" { # want AWS-165 "kms_key_id is not set"
  name = "app/db"
}

resource "aws_secretsmanager_secret" "api" {
  name       = "app/api"
  kms_key_id = "arn:aws:kms:eu-west-1:111122223333:alias/aws/secretsmanager" # want AWS-165 "names the AWS managed key"
}
