# RDS snapshot copies with a customer managed key: named on the copy, or
# kept from a database encrypted with one; a copy of a snapshot the code
# does not hold is not judged.
resource "aws_kms_key" "rds" {
  description         = "rds"
  enable_key_rotation = true
}

resource "aws_db_instance" "orders" { # want AWS-325
  identifier                          = "orders"
  engine                              = "postgres"
  engine_version                      = "16.4"
  instance_class                      = "db.t4g.medium"
  allocated_storage                   = 20
  storage_encrypted                   = true
  kms_key_id                          = aws_kms_key.rds.arn
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

resource "aws_db_snapshot" "orders" {
  db_instance_identifier = aws_db_instance.orders.identifier
  db_snapshot_identifier = "orders-monthly"
}

resource "aws_db_snapshot_copy" "orders_archive" {
  source_db_snapshot_identifier = aws_db_snapshot.orders.db_snapshot_arn
  target_db_snapshot_identifier = "orders-archive"
}

resource "aws_db_snapshot_copy" "shared" {
  source_db_snapshot_identifier = "arn:aws:rds:us-east-1:444455556666:snapshot:shared-2026-01"
  target_db_snapshot_identifier = "shared-copy"
  kms_key_id                    = aws_kms_key.rds.arn
}

resource "aws_db_snapshot_copy" "external" {
  source_db_snapshot_identifier = "arn:aws:rds:us-east-1:111122223333:snapshot:legacy-2025-12"
  target_db_snapshot_identifier = "legacy-copy"
}

# S3 objects: one with a customer managed key, one that takes the bucket's
# default encryption (judged on the bucket by AWS-006).
resource "aws_s3_object" "report" {
  bucket                 = "example-reports"
  key                    = "2026/report.pdf"
  source                 = "report.pdf"
  server_side_encryption = "aws:kms"
  kms_key_id             = aws_kms_key.rds.arn
}

resource "aws_s3_object" "readme" {
  bucket  = "example-reports"
  key     = "README.txt"
  content = "reports"
}
