resource "aws_redshiftserverless_namespace" "analytics" {
  namespace_name = "analytics"
  kms_key_id     = aws_kms_key.warehouse.arn
}

resource "aws_timestreamwrite_database" "metrics" {
  database_name = "metrics"
  kms_key_id    = aws_kms_key.warehouse.arn
}
