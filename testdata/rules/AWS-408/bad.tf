variable "master_password" {
  type      = string
  sensitive = true
}

resource "aws_redshift_cluster" "default_group" { # want AWS-408 "default cluster parameter group"
  cluster_identifier     = "analytics"
  node_type              = "ra3.xlplus"
  cluster_type           = "single-node"
  database_name          = "analytics"
  master_username        = "admin"
  master_password        = var.master_password
  encrypted              = true
  publicly_accessible    = false
  vpc_security_group_ids = ["sg-0123456789abcdef0"]
}

resource "aws_redshift_logging" "default_group" {
  cluster_identifier   = aws_redshift_cluster.default_group.id
  log_destination_type = "cloudwatch"
  log_exports          = ["connectionlog", "userlog", "useractivitylog"]
}

resource "aws_redshift_parameter_group" "tls_only" {
  name   = "tls-only"
  family = "redshift-1.0"

  parameter {
    name  = "require_ssl"
    value = "true"
  }
}

resource "aws_redshift_cluster" "tls_only" {
  cluster_identifier           = "reporting"
  node_type                    = "ra3.xlplus"
  cluster_type                 = "single-node"
  database_name                = "reporting"
  master_username              = "admin"
  master_password              = var.master_password
  encrypted                    = true
  publicly_accessible          = false
  vpc_security_group_ids       = ["sg-0123456789abcdef0"]
  cluster_parameter_group_name = aws_redshift_parameter_group.tls_only.name # want AWS-408 "enable_user_activity_logging is not set"
  logging {
    enable               = true
    log_destination_type = "s3"
    bucket_name          = "reporting-audit-logs"
  }
}

resource "aws_redshift_parameter_group" "activity_off" {
  name   = "activity-off"
  family = "redshift-1.0"

  parameter {
    name  = "require_ssl"
    value = "true"
  }
  parameter {
    name  = "enable_user_activity_logging"
    value = "false"
  }
}

resource "aws_redshift_cluster" "activity_off" {
  cluster_identifier           = "finance"
  node_type                    = "ra3.xlplus"
  cluster_type                 = "single-node"
  database_name                = "finance"
  master_username              = "admin"
  master_password              = var.master_password
  encrypted                    = true
  publicly_accessible          = false
  vpc_security_group_ids       = ["sg-0123456789abcdef0"]
  cluster_parameter_group_name = aws_redshift_parameter_group.activity_off.name # want AWS-408 "enable_user_activity_logging = \"false\""
  logging {
    enable               = true
    log_destination_type = "s3"
    bucket_name          = "finance-audit-logs"
  }
}

resource "aws_redshiftserverless_namespace" "adhoc" {
  namespace_name = "adhoc"
  kms_key_id     = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  log_exports    = ["connectionlog", "userlog"] # want AWS-408 "names none of useractivitylog"
}
