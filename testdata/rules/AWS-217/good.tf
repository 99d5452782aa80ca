variable "auth_token" {
  type      = string
  sensitive = true
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "session store"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  auth_token                 = var.auth_token
}

resource "aws_elasticache_user_group" "app" {
  engine        = "REDIS"
  user_group_id = "app"
  user_ids      = ["default-disabled", "app-user"]
}

resource "aws_elasticache_replication_group" "rbac" {
  for_each                   = toset(["carts", "rates"])
  replication_group_id       = each.key
  description                = "${each.key} cache"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  user_group_ids             = [aws_elasticache_user_group.app.user_group_id]
}

resource "aws_memorydb_acl" "app" {
  name       = "app"
  user_names = ["app-user"]
}

resource "aws_memorydb_cluster" "orders" {
  name        = "orders"
  node_type   = "db.t4g.small"
  acl_name    = aws_memorydb_acl.app.name
  tls_enabled = true
}
