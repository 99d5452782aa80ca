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
  db_cluster_parameter_group_name = aws_docdb_cluster_parameter_group.audited.name
}

resource "aws_neptune_cluster" "graph" { # want AWS-391
  cluster_identifier                   = "graph"
  storage_encrypted                    = true
  enable_cloudwatch_logs_exports       = ["audit", "slowquery"]
  neptune_cluster_parameter_group_name = aws_neptune_cluster_parameter_group.audited.name
}

resource "aws_neptune_cluster_parameter_group" "audited" {
  family = "neptune1.3"
  name   = "graph-audited"

  parameter {
    name  = "neptune_enable_audit_log"
    value = "1"
  }
}

resource "aws_docdb_cluster_parameter_group" "audited" {
  family = "docdb5.0"
  name   = "audited"

  parameter {
    name  = "audit_logs"
    value = "all"
  }
}

variable "shared_parameter_group" {
  type    = string
  default = "platform-docdb5"
}

# The group comes from another stack: what it sets cannot be told.
resource "aws_docdb_cluster" "shared" {
  cluster_identifier              = "shared"
  master_username                 = "shared"
  manage_master_user_password     = true
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = ["audit"]
  db_cluster_parameter_group_name = var.shared_parameter_group # want-note AWS-184
}
