# A DMS replication instance without kms_key_arn keeps its storage under the
# AWS managed aws/dms key.
resource "aws_dms_replication_instance" "migration" { # want AWS-169 "replication instance"
  replication_instance_id     = "orders-migration"
  replication_instance_class  = "dms.t3.medium"
  allocated_storage           = 50
  publicly_accessible         = false
  replication_subnet_group_id = "orders-dms"
}

resource "aws_dms_replication_instance" "managed_alias" {
  replication_instance_id    = "orders-cdc"
  replication_instance_class = "dms.t3.medium"
  publicly_accessible        = false
  kms_key_arn                = "arn:aws:kms:eu-west-1:111122223333:alias/aws/dms" # want AWS-169
}
