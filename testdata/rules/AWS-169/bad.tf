resource "aws_redshiftserverless_namespace" "analytics" { # want AWS-169 "kms_key_id is not set"
  namespace_name = "analytics"
  log_exports    = ["connectionlog", "userlog", "useractivitylog"]
}

resource "aws_memorydb_cluster" "sessions" { # want AWS-169
  name                     = "sessions"
  node_type                = "db.t4g.small"
  acl_name                 = "app-acl"
  tls_enabled              = true
  snapshot_retention_limit = 7
}

resource "aws_timestreamwrite_database" "metrics" { # want AWS-169
  database_name = "metrics"
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
    type = "AWS_OWNED_KMS_KEY" # want AWS-169
  }
}
