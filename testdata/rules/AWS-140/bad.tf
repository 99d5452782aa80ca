resource "aws_redshift_cluster" "off" { # want AWS-185 # want AWS-408
  cluster_identifier     = "warehouse"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
  encrypted              = false # want AWS-140 "encrypted = false"
}

locals {
  encrypt_warehouse = false
}

resource "aws_redshift_cluster" "via_local" { # want AWS-185 # want AWS-408
  cluster_identifier     = "reports"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
  encrypted              = local.encrypt_warehouse # want AWS-140
}
