resource "aws_elasticache_replication_group" "sessions" { # want AWS-217 "without authentication"
  replication_group_id       = "sessions"
  description                = "session store"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
}

resource "aws_memorydb_cluster" "orders" {
  name        = "orders"
  node_type   = "db.t4g.small"
  acl_name    = "open-access" # want AWS-217
  tls_enabled = true
}
