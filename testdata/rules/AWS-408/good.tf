variable "master_password" {
  type      = string
  sensitive = true
}

variable "shared_group" {
  type    = string
  default = "platform-redshift"
}

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
  master_password              = var.master_password
  encrypted                    = true
  publicly_accessible          = false
  vpc_security_group_ids       = ["sg-0123456789abcdef0"]
  cluster_parameter_group_name = aws_redshift_parameter_group.audited.name
}

resource "aws_redshift_logging" "analytics" {
  cluster_identifier   = aws_redshift_cluster.analytics.id
  log_destination_type = "cloudwatch"
  log_exports          = ["connectionlog", "userlog", "useractivitylog"]
}

# The group comes from another stack: what it sets cannot be told.
resource "aws_redshift_cluster" "shared" {
  cluster_identifier           = "shared"
  node_type                    = "ra3.xlplus"
  cluster_type                 = "single-node"
  database_name                = "shared"
  master_username              = "admin"
  master_password              = var.master_password
  encrypted                    = true
  publicly_accessible          = false
  vpc_security_group_ids       = ["sg-0123456789abcdef0"]
  cluster_parameter_group_name = var.shared_group # want-note AWS-408
  logging {
    enable               = true
    log_destination_type = "s3"
    bucket_name          = "shared-audit-logs"
  }
}

resource "aws_redshiftserverless_namespace" "adhoc" {
  namespace_name = "adhoc"
  kms_key_id     = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  log_exports    = ["connectionlog", "userlog", "useractivitylog"]
}
