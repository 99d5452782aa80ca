variable "clusters" {
  type = map(object({ exports = list(string) }))
  default = {
    orders  = { exports = ["audit"] }
    catalog = { exports = ["audit", "profiler"] }
  }
}

resource "aws_docdb_cluster" "this" {
  for_each                        = var.clusters
  cluster_identifier              = each.key
  master_username                 = each.key
  manage_master_user_password     = true
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = each.value.exports
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier             = "graph"
  storage_encrypted              = true
  enable_cloudwatch_logs_exports = ["audit", "slowquery"]
}

resource "aws_docdb_cluster_parameter_group" "audited" {
  family = "docdb5.0"
  name   = "audited"

  parameter {
    name  = "audit_logs"
    value = "all"
  }
}
