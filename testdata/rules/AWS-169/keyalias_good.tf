# An alias outside alias/aws/ is one the account created: it points at a
# customer managed key.
data "aws_kms_key" "traces" {
  key_id = "alias/app-traces"
}

resource "aws_xray_encryption_config" "traces" {
  type   = "KMS"
  key_id = data.aws_kms_key.traces.arn
}

# By key ID the data source may read any key, an AWS managed one included.
data "aws_kms_key" "migration" {
  key_id = "1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_dms_replication_instance" "migration" {
  replication_instance_id    = "migration"
  replication_instance_class = "dms.t3.medium"
  publicly_accessible        = false
  kms_key_arn                = data.aws_kms_key.migration.arn # want-note AWS-169
}
