variable "encrypted" {
  type = bool
}

resource "aws_kms_key" "warehouse" {
  description         = "redshift"
  enable_key_rotation = true
}

resource "aws_redshift_cluster" "cmk" { # want AWS-185 # want AWS-408
  cluster_identifier     = "warehouse"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
  encrypted              = true
  kms_key_id             = aws_kms_key.warehouse.arn
}

# New clusters are encrypted by default (AWS since January 2025, provider v6).
resource "aws_redshift_cluster" "default" { # want AWS-185 # want AWS-408
  cluster_identifier     = "reports"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
}

resource "aws_redshift_cluster" "from_variable" { # want AWS-185 # want AWS-408
  cluster_identifier     = "staging"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
  encrypted              = var.encrypted # want-note AWS-140
}

resource "aws_redshiftserverless_namespace" "analytics" { # want AWS-185
  namespace_name = "analytics"
}
