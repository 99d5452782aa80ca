# The AWS managed key looked up by its alias and passed explicitly: the
# same key as leaving kms_key_id out.
data "aws_kms_key" "secretsmanager" {
  key_id = "alias/aws/secretsmanager"
}

resource "aws_secretsmanager_secret" "db" {  # want AWS-302
  name       = "app/db"
  kms_key_id = data.aws_kms_key.secretsmanager.arn # want AWS-165 "looks up the AWS managed key"
}

data "aws_kms_alias" "secretsmanager" {
  name = "alias/aws/secretsmanager"
}

resource "aws_secretsmanager_secret" "api" {  # want AWS-302
  name       = "app/api"
  kms_key_id = data.aws_kms_alias.secretsmanager.target_key_arn # want AWS-165
}
