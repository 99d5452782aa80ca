resource "aws_redshift_cluster" "explicit_public" { # want AWS-408
  cluster_identifier     = "explicit-public"
  node_type              = "ra3.xlarge"
  manage_master_password = true
  master_username        = "admin"
  encrypted              = true
  logging {
    enable               = true
    log_destination_type = "cloudwatch"
    log_exports          = ["connectionlog", "userlog", "useractivitylog"]
  }
  publicly_accessible = true # want AWS-100 "publicly_accessible = true"
}

variable "warehouse_public" {
  type    = bool
  default = true
}

resource "aws_redshift_cluster" "from_variable" { # want AWS-408
  cluster_identifier     = "from-variable"
  node_type              = "ra3.xlarge"
  master_username        = "admin"
  manage_master_password = true
  encrypted              = true
  logging {
    enable               = true
    log_destination_type = "cloudwatch"
    log_exports          = ["connectionlog", "userlog", "useractivitylog"]
  }
  publicly_accessible = var.warehouse_public # want AWS-100
}

resource "aws_redshiftserverless_workgroup" "analytics" {
  namespace_name      = "analytics"
  workgroup_name      = "analytics"
  publicly_accessible = true # want AWS-100
}
