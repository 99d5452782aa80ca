# A key read through a data source by an alias under alias/aws/ is the
# service's AWS managed key.
data "aws_kms_key" "xray" {
  key_id = "alias/aws/xray"
}

resource "aws_xray_encryption_config" "traces" {
  type   = "KMS"
  key_id = data.aws_kms_key.xray.arn # want AWS-169 "AWS managed key \"alias/aws/xray\""
}

data "aws_kms_alias" "dms" {
  name = "alias/aws/dms"
}

resource "aws_dms_replication_instance" "migration" {
  replication_instance_id    = "migration"
  replication_instance_class = "dms.t3.medium"
  publicly_accessible        = false
  kms_key_arn                = data.aws_kms_alias.dms.target_key_arn # want AWS-169
}
