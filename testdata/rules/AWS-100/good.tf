variable "public_unknown" {
  type = bool
}

resource "aws_redshift_subnet_group" "private" {
  name       = "private"
  subnet_ids = ["subnet-0a1b2c3d", "subnet-0e1f2a3b"]
}

resource "aws_redshift_cluster" "private" { # want AWS-408
  cluster_identifier        = "private"
  node_type                 = "ra3.xlarge"
  master_username           = "admin"
  manage_master_password    = true
  cluster_subnet_group_name = aws_redshift_subnet_group.private.name
  publicly_accessible       = false
  encrypted                 = true
  logging {
    enable               = true
    log_destination_type = "cloudwatch"
    log_exports          = ["connectionlog", "userlog", "useractivitylog"]
  }
}

resource "aws_redshift_cluster" "unknown" { # want AWS-408
  cluster_identifier     = "unknown"
  node_type              = "ra3.xlarge"
  master_username        = "admin"
  manage_master_password = true
  encrypted              = true
  logging {
    enable               = true
    log_destination_type = "cloudwatch"
    log_exports          = ["connectionlog", "userlog", "useractivitylog"]
  }
  publicly_accessible = var.public_unknown # want-note AWS-100
}

# Version 6 of the AWS provider, like the Redshift API, leaves a cluster
# private when publicly_accessible is not set.
resource "aws_redshift_cluster" "default_private" { # want AWS-408
  cluster_identifier        = "default-private"
  node_type                 = "ra3.xlarge"
  master_username           = "admin"
  manage_master_password    = true
  cluster_subnet_group_name = aws_redshift_subnet_group.private.name
  encrypted                 = true
  logging {
    enable               = true
    log_destination_type = "cloudwatch"
    log_exports          = ["connectionlog", "userlog", "useractivitylog"]
  }
}

# Serverless workgroups are private unless asked otherwise.
resource "aws_redshiftserverless_workgroup" "analytics" {
  namespace_name = "analytics"
  workgroup_name = "analytics"
}
