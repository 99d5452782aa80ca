resource "aws_redshift_parameter_group" "audited" {
  name   = "audited"
  family = "redshift-1.0"

  parameter {
    name  = "require_ssl"
    value = "true"
  }
  parameter {
    name  = "enable_user_activity_logging"
    value = "true"
  }
}

resource "aws_redshift_cluster" "analytics" {
  cluster_identifier           = "analytics"
  node_type                    = "ra3.xlplus"
  cluster_type                 = "single-node"
  database_name                = "analytics"
  master_username              = "admin"
  manage_master_password       = true
  encrypted                    = true
  publicly_accessible          = false
  cluster_parameter_group_name = aws_redshift_parameter_group.audited.name
}

resource "aws_redshift_logging" "analytics" {
  cluster_identifier   = aws_redshift_cluster.analytics.id
  log_destination_type = "cloudwatch"
  log_exports          = ["connectionlog", "userlog", "useractivitylog"]
}
