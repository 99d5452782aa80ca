variable "engine" {
  type = string
}

resource "aws_elasticache_cluster" "cache" {
  cluster_id      = "cache"
  engine          = var.engine # want-note AWS-142 AWS-274
  node_type       = "cache.t4g.small"
  num_cache_nodes = 1
}
