resource "aws_redshift_cluster" "no_logging" { # want AWS-185 "logging.enable is not set" # want AWS-408
  cluster_identifier     = "no-logging"
  node_type              = "ra3.xlplus"
  cluster_type           = "single-node"
  master_username        = "admin"
  manage_master_password = true
  encrypted              = true
  publicly_accessible    = false
}

resource "aws_redshift_cluster" "legacy_off" { # want AWS-408
  cluster_identifier     = "legacy-off"
  node_type              = "ra3.xlplus"
  cluster_type           = "single-node"
  master_username        = "admin"
  manage_master_password = true
  encrypted              = true
  publicly_accessible    = false

  logging {
    enable = false # want AWS-185
  }
}

# A logging resource for another cluster does not count.
resource "aws_redshift_logging" "other" {
  cluster_identifier   = "someone-else"
  log_destination_type = "cloudwatch"
  log_exports          = ["connectionlog"]
}

resource "aws_redshiftserverless_namespace" "analytics" { # want AWS-185 "log_exports is not set"
  namespace_name = "analytics"
}
