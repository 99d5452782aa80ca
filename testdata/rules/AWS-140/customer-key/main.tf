# With require-customer-key, a provisioned cluster must name a customer
# managed key: the default AWS owned key, the AWS managed key
# alias/aws/redshift and turning encryption off are reported, a key this
# configuration creates is not, and one from a variable without a value is
# a note.
variable "warehouse_key" {
  type = string
}

resource "aws_kms_key" "warehouse" {
  description         = "redshift"
  enable_key_rotation = true
}

resource "aws_redshift_cluster" "default_key" { # want AWS-140 "kms_key_id is not set" AWS-185 # want AWS-408
  cluster_identifier     = "reports"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
}

resource "aws_redshift_cluster" "aws_managed" { # want AWS-185 # want AWS-408
  cluster_identifier     = "staging"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
  encrypted              = true
  kms_key_id             = "alias/aws/redshift" # want AWS-140
}

resource "aws_redshift_cluster" "off" { # want AWS-185 # want AWS-408
  cluster_identifier     = "scratch"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
  encrypted              = false # want AWS-140
  kms_key_id             = aws_kms_key.warehouse.arn
}

resource "aws_redshift_cluster" "own_key" { # want AWS-185 # want AWS-408
  cluster_identifier     = "warehouse"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
  kms_key_id             = aws_kms_key.warehouse.arn
}

resource "aws_redshift_cluster" "from_variable" { # want AWS-185 # want AWS-408
  cluster_identifier     = "archive"
  node_type              = "ra3.xlplus"
  master_username        = "admin"
  manage_master_password = true
  encrypted              = true
  kms_key_id             = var.warehouse_key # want-note AWS-140
}
