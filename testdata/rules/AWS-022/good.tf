variable "engine" {
  type = string
}

resource "aws_elasticache_replication_group" "ok_encrypted" { # want AWS-142
  replication_group_id       = "sessions"
  description                = "session store"
  node_type                  = "cache.t4g.small"
  at_rest_encryption_enabled = true
}

# Valkey encrypts at rest by default.
resource "aws_elasticache_replication_group" "ok_valkey" { # want AWS-142
  replication_group_id = "valkey"
  description          = "valkey"
  engine               = "valkey"
  node_type            = "cache.t4g.small"
}

# The engine may be valkey: not reported.
resource "aws_elasticache_replication_group" "ok_unknown_engine" { # want AWS-142
  replication_group_id = "any"
  description          = "any"
  engine               = var.engine # want-note AWS-022
  node_type            = "cache.t4g.small"
}

# A global datastore member inherits the primary's setting.
resource "aws_elasticache_replication_group" "ok_secondary" {
  replication_group_id        = "secondary"
  description                 = "secondary"
  global_replication_group_id = "ldgnf-sessions"
}
