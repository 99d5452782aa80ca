resource "aws_secretsmanager_secret" "db" { # want AWS-165 "kms_key_id is not set" # want AWS-302
  name = "app/db"
}

resource "aws_secretsmanager_secret" "api" {  # want AWS-302
  name       = "app/api"
  kms_key_id = "arn:aws:kms:eu-west-1:111122223333:alias/aws/secretsmanager" # want AWS-165 "names the AWS managed key"
}
