# Secrets that hand the identifiers of this configuration's resources to
# other accounts or services (a topic's ARN, a key's ARN, the region):
# the provider computes them, nothing in them is a credential to rotate.
data "aws_caller_identity" "current" {}
data "aws_region" "current" {}

resource "aws_kms_key" "logs" {
  description         = "Central log archive"
  enable_key_rotation = true
}

resource "aws_sns_topic" "logs" {
  name              = "org-log-archive"
  kms_master_key_id = aws_kms_key.logs.arn
}

resource "aws_secretsmanager_secret" "log_archive" {
  name       = "org/log-archive"
  kms_key_id = aws_kms_key.logs.arn
}

resource "aws_secretsmanager_secret_version" "log_archive" {
  secret_id = aws_secretsmanager_secret.log_archive.id
  secret_string = jsonencode({
    topic      = aws_sns_topic.logs.arn
    kms_key    = aws_kms_key.logs.arn
    account_id = data.aws_caller_identity.current.account_id
    region     = data.aws_region.current.name
    version    = 2
  })
}

# A plain string: the key's ARN alone, written by ARN of the secret.
resource "aws_secretsmanager_secret" "key_arn" {
  name       = "org/log-archive-key"
  kms_key_id = aws_kms_key.logs.arn
}

resource "aws_secretsmanager_secret_version" "key_arn" {
  secret_id     = aws_secretsmanager_secret.key_arn.arn
  secret_string = "${aws_kms_key.logs.arn}"
}
