variable "tls" {
  type = bool
}

variable "auth_token" {
  type      = string
  sensitive = true
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "session store"
  node_type                  = "cache.t4g.small"
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  auth_token                 = var.auth_token
}

resource "aws_elasticache_replication_group" "required" { # want AWS-217
  replication_group_id       = "queue"
  description                = "job queue"
  node_type                  = "cache.t4g.small"
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  transit_encryption_mode    = "required"
}

# A secondary member of a global datastore inherits the primary's setting.
resource "aws_elasticache_replication_group" "secondary" {
  replication_group_id        = "sessions-eu"
  description                 = "secondary"
  global_replication_group_id = "ldgnf-sessions"
}

resource "aws_elasticache_replication_group" "chosen" {
  replication_group_id       = "chosen"
  description                = "from a variable"
  node_type                  = "cache.t4g.small"
  at_rest_encryption_enabled = true
  transit_encryption_enabled = var.tls # want-note AWS-142 # want-note AWS-217
}

resource "aws_elasticache_cluster" "memcached" {
  cluster_id                 = "pages"
  engine                     = "memcached"
  engine_version             = "1.6.22"
  node_type                  = "cache.t4g.small"
  num_cache_nodes            = 2
  transit_encryption_enabled = true
}

# A Redis OSS member of a replication group: the group decides.
resource "aws_elasticache_cluster" "replica" {
  cluster_id           = "sessions-002"
  replication_group_id = aws_elasticache_replication_group.sessions.id
}

resource "aws_memorydb_cluster" "ledger" {
  name      = "ledger"
  node_type = "db.t4g.small"
  acl_name  = "app-users"
}

resource "aws_elasticache_serverless_cache" "api" {
  engine = "valkey"
  name   = "api"
}
