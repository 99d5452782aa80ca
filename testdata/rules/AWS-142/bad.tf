resource "aws_elasticache_replication_group" "sessions" { # want AWS-142 "transit_encryption_enabled is not set"
  replication_group_id       = "sessions"
  description                = "session store"
  node_type                  = "cache.t4g.small"
  at_rest_encryption_enabled = true
}

resource "aws_elasticache_replication_group" "off" {
  replication_group_id       = "queue"
  description                = "job queue"
  node_type                  = "cache.t4g.small"
  at_rest_encryption_enabled = true
  transit_encryption_enabled = false # want AWS-142
}

resource "aws_elasticache_replication_group" "migrating" { # want AWS-217
  replication_group_id       = "cache"
  description                = "cache during the TLS migration"
  node_type                  = "cache.t4g.small"
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  transit_encryption_mode    = "preferred" # want AWS-142
}

resource "aws_elasticache_cluster" "memcached" { # want AWS-142
  cluster_id      = "pages"
  engine          = "memcached"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 2
}

resource "aws_memorydb_cluster" "ledger" {
  name        = "ledger"
  node_type   = "db.t4g.small"
  acl_name    = "open-access" # want AWS-217
  tls_enabled = false # want AWS-142
}
