resource "aws_kms_key" "warehouse" {
  description         = "warehouse data"
  enable_key_rotation = true
}

variable "kms_key_arn" {
  type = string
}

resource "aws_redshiftserverless_namespace" "analytics" {
  namespace_name = "analytics"
  kms_key_id     = aws_kms_key.warehouse.arn
  log_exports    = ["connectionlog", "userlog", "useractivitylog"]
}

# The key comes from the caller, who may pass an AWS managed alias: an
# undecided note naming the variable.
resource "aws_memorydb_cluster" "sessions" {
  name                     = "sessions"
  node_type                = "db.t4g.small"
  acl_name                 = "app-acl"
  tls_enabled              = true
  snapshot_retention_limit = 7
  kms_key_arn              = var.kms_key_arn # want-note AWS-169
}

resource "aws_timestreamwrite_database" "metrics" {
  for_each      = toset(["app", "infra"])
  database_name = "metrics-${each.key}"
  kms_key_id    = aws_kms_key.warehouse.arn
}

resource "aws_keyspaces_table" "events" {
  keyspace_name = "app"
  table_name    = "events"
  schema_definition {
    column {
      name = "id"
      type = "text"
    }
    partition_key {
      name = "id"
    }
  }
  encryption_specification {
    type               = "CUSTOMER_MANAGED_KMS_KEY"
    kms_key_identifier = aws_kms_key.warehouse.arn
  }
}
