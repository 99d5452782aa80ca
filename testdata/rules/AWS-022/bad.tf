resource "aws_elasticache_replication_group" "default_off" { # want AWS-022 AWS-142
  replication_group_id = "sessions"
  description          = "session store"
  node_type            = "cache.t4g.small"
}

resource "aws_elasticache_replication_group" "redis_default" { # want AWS-022 AWS-142
  replication_group_id = "queue"
  description          = "queue"
  engine               = "redis"
  node_type            = "cache.t4g.small"
}

resource "aws_elasticache_replication_group" "explicit_off" { # want AWS-142
  replication_group_id       = "cache"
  description                = "cache"
  engine                     = "valkey"
  node_type                  = "cache.t4g.small"
  at_rest_encryption_enabled = false # want AWS-022
}
