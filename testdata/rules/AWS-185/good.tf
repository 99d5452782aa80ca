resource "aws_redshift_cluster" "warehouse" { # want AWS-408
  cluster_identifier     = "warehouse"
  node_type              = "ra3.xlplus"
  cluster_type           = "single-node"
  master_username        = "admin"
  manage_master_password = true
  encrypted              = true
  publicly_accessible    = false
}

resource "aws_redshift_logging" "warehouse" {
  cluster_identifier   = aws_redshift_cluster.warehouse.id
  log_destination_type = "cloudwatch"
  log_exports          = ["connectionlog", "userlog", "useractivitylog"]
}

# Named by its identifier, written out.
resource "aws_redshift_cluster" "reports" { # want AWS-408
  cluster_identifier     = "reports"
  node_type              = "ra3.xlplus"
  cluster_type           = "single-node"
  master_username        = "admin"
  manage_master_password = true
  encrypted              = true
  publicly_accessible    = false
}

resource "aws_redshift_logging" "reports" {
  cluster_identifier = "reports"
  bucket_name        = "acme-redshift-audit"
}

# The legacy inline block (AWS provider v5).
resource "aws_redshift_cluster" "legacy" { # want AWS-408
  cluster_identifier     = "legacy"
  node_type              = "ra3.xlplus"
  cluster_type           = "single-node"
  master_username        = "admin"
  manage_master_password = true
  encrypted              = true
  publicly_accessible    = false

  logging {
    enable               = true
    log_destination_type = "cloudwatch"
    log_exports          = ["connectionlog", "userlog"]
  }
}

resource "aws_redshiftserverless_namespace" "analytics" {
  namespace_name = "analytics"
  log_exports    = ["userlog", "connectionlog", "useractivitylog"]
}
