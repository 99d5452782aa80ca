# RDS snapshot copies under require-customer-key: one naming the AWS
# managed key, and one that names no key and keeps its source's, the AWS
# managed aws/rds key of an encrypted database without a key of its own.
resource "aws_db_instance" "orders" { # want AWS-169 "kms_key_id is not set" # want AWS-325
  identifier                          = "orders"
  engine                              = "postgres"
  engine_version                      = "16.4"
  instance_class                      = "db.t4g.medium"
  allocated_storage                   = 20
  storage_encrypted                   = true
  username                            = "orders"
  manage_master_user_password         = true
  master_user_secret_kms_key_id       = aws_kms_key.rds.arn
  iam_database_authentication_enabled = true
  multi_az                            = true
  backup_retention_period             = 7
  deletion_protection                 = true
  copy_tags_to_snapshot               = true
  monitoring_interval                 = 60
  monitoring_role_arn                 = "arn:aws:iam::111122223333:role/rds-monitoring"
  performance_insights_enabled        = true
  performance_insights_kms_key_id     = aws_kms_key.rds.arn
  enabled_cloudwatch_logs_exports     = ["postgresql", "upgrade"]
}

resource "aws_kms_key" "rds" {
  description         = "rds"
  enable_key_rotation = true
}

resource "aws_db_snapshot" "orders" {
  db_instance_identifier = aws_db_instance.orders.identifier
  db_snapshot_identifier = "orders-monthly"
}

resource "aws_db_snapshot_copy" "orders_archive" { # want AWS-169 "keeps the key of its source, aws_db_instance.orders"
  source_db_snapshot_identifier = aws_db_snapshot.orders.db_snapshot_arn
  target_db_snapshot_identifier = "orders-archive"
}

resource "aws_db_snapshot_copy" "orders_managed" {
  source_db_snapshot_identifier = aws_db_snapshot.orders.db_snapshot_arn
  target_db_snapshot_identifier = "orders-managed"
  kms_key_id                    = "alias/aws/rds" # want AWS-169 "alias/aws/rds"
}

# S3 objects that choose their own encryption: SSE-S3, and SSE-KMS with
# the AWS managed aws/s3 key.
resource "aws_s3_object" "report" {
  bucket                 = "example-reports"
  key                    = "2026/report.pdf"
  source                 = "report.pdf"
  server_side_encryption = "AES256" # want AWS-169 "AES256"
}

resource "aws_s3_object" "manifest" { # want AWS-169 "kms_key_id is not set"
  bucket                 = "example-reports"
  key                    = "2026/manifest.json"
  content                = "{}"
  server_side_encryption = "aws:kms"
}

resource "aws_s3_object_copy" "backup" {
  bucket                 = "example-backups"
  key                    = "2026/report.pdf"
  source                 = "example-reports/2026/report.pdf"
  server_side_encryption = "aws:kms"
  kms_key_id             = "arn:aws:kms:us-east-1:111122223333:alias/aws/s3" # want AWS-169 "aws/s3"
}
