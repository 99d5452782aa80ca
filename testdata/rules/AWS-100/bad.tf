# The AWS provider up to v5 sends publicly_accessible = true when it is not set.
resource "aws_redshift_cluster" "default_public" { # want AWS-100 "default is true"
  cluster_identifier     = "default-public"
  node_type              = "ra3.xlarge"
  manage_master_password = true
  master_username        = "admin"
  encrypted              = true
  logging {
    enable               = true
    log_destination_type = "cloudwatch"
    log_exports          = ["connectionlog", "userlog", "useractivitylog"]
  }
}

variable "warehouse_public" {
  type    = bool
  default = true
}

resource "aws_redshift_cluster" "from_variable" {
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
