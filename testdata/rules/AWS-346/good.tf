# Aurora MySQL clusters that audit and export the log: a module-style
# group whose parameters come from a map through a dynamic block, an ON
# value, a PostgreSQL cluster (AWS-325's concern), and a group from
# another configuration (a note: its parameters are not in the code).
variable "cluster_parameters" {
  type = map(string)
  default = {
    server_audit_logging     = "1"
    server_audit_events      = "CONNECT,QUERY_DCL,QUERY_DDL"
    require_secure_transport = "ON"
  }
}

resource "aws_rds_cluster_parameter_group" "this" {
  name_prefix = "app-aurora-mysql8-"
  family      = "aurora-mysql8.0"

  dynamic "parameter" {
    for_each = var.cluster_parameters
    content {
      name  = parameter.key
      value = parameter.value
    }
  }

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_rds_cluster" "this" { # want AWS-391
  for_each                        = toset(["orders", "billing"])
  cluster_identifier              = each.key
  engine                          = "aurora-mysql"
  engine_version                  = "8.0.mysql_aurora.3.05.2"
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = ["audit", "error", "general", "slowquery"]
  master_username                 = "app"
  manage_master_user_password     = true
  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.this.id
}

resource "aws_rds_cluster_parameter_group" "on" {
  name   = "on-aurora-mysql8"
  family = "aurora-mysql8.0"

  parameter {
    name  = "require_secure_transport"
    value = "ON"
  }
  parameter {
    name  = "server_audit_logging"
    value = "ON"
  }
  parameter {
    name  = "server_audit_events"
    value = "CONNECT,QUERY"
  }
}

resource "aws_rds_cluster" "ledger" { # want AWS-391
  cluster_identifier              = "ledger"
  engine                          = "aurora-mysql"
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = ["audit"]
  master_username                 = "app"
  manage_master_user_password     = true
  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.on.name
}

resource "aws_rds_cluster" "shared" { # want AWS-391
  cluster_identifier              = "shared"
  engine                          = "aurora-mysql"
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = ["audit"]
  master_username                 = "app"
  manage_master_user_password     = true
  db_cluster_parameter_group_name = "platform-aurora-mysql8-audit" # want-note AWS-346 "names no cluster parameter group"
}
