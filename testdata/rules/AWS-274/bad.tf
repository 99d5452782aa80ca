# A single-node Redis OSS cache created as a cache cluster: the
# CreateCacheCluster API has no at-rest encryption setting.
resource "aws_elasticache_subnet_group" "sessions" {
  name       = "sessions"
  subnet_ids = ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"]
}

resource "aws_elasticache_cluster" "sessions" {
  cluster_id               = "sessions"
  engine                   = "redis" # want AWS-274 "cannot be encrypted at rest"
  engine_version           = "7.1"
  node_type                = "cache.t4g.small"
  num_cache_nodes          = 1
  parameter_group_name     = "default.redis7"
  subnet_group_name        = aws_elasticache_subnet_group.sessions.name
  security_group_ids       = ["sg-0123456789abcdef0"]
  snapshot_retention_limit = 7
}

# One per environment, through for_each.
variable "environments" {
  type    = set(string)
  default = ["staging", "prod"]
}

resource "aws_elasticache_cluster" "cache" {
  for_each        = var.environments
  cluster_id      = "cache-${each.key}"
  engine          = "redis" # want AWS-274
  node_type       = "cache.t4g.micro"
  num_cache_nodes = 1
}
