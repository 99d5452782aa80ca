resource "aws_rds_cluster_parameter_group" "audit" {
  name   = "app-aurora-mysql8-audit"
  family = "aurora-mysql8.0"

  parameter {
    name  = "server_audit_logging"
    value = "1"
  }
  parameter {
    name  = "server_audit_events"
    value = "CONNECT,QUERY_DDL,QUERY_DCL"
  }
}

resource "aws_rds_cluster" "app" {
  cluster_identifier              = "app"
  engine                          = "aurora-mysql"
  engine_version                  = "8.0.mysql_aurora.3.05.2"
  storage_encrypted               = true
  master_username                 = "app"
  manage_master_user_password     = true
  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.audit.name
  enabled_cloudwatch_logs_exports = ["audit", "error"]
}
