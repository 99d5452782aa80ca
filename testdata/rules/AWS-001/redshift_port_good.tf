# Redshift clusters on custom ports whose security groups open them to the
# VPC only, or open to the internet only a port the cluster does not use.

variable "cluster_port" {
  type = number
}

resource "aws_redshift_subnet_group" "lake" {
  name       = "lake"
  subnet_ids = ["subnet-0a1b2c3d", "subnet-0e1f2a3b"]
}

resource "aws_security_group" "lake" {
  name   = "lake"
  vpc_id = "vpc-0a1b2c3d"

  ingress {
    protocol    = "tcp"
    from_port   = 8192
    to_port     = 8192
    cidr_blocks = ["10.0.0.0/16"]
  }
  ingress {
    protocol    = "tcp"
    from_port   = 8100
    to_port     = 8191
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_redshift_cluster" "lake" { # want AWS-408
  for_each                  = toset(["sales", "ops"])
  cluster_identifier        = each.key
  node_type                 = "ra3.xlarge"
  master_username           = "admin"
  manage_master_password    = true
  cluster_subnet_group_name = aws_redshift_subnet_group.lake.name
  vpc_security_group_ids    = [aws_security_group.lake.id]
  port                      = 8192
  encrypted                 = true
  logging {
    enable               = true
    log_destination_type = "cloudwatch"
    log_exports          = ["connectionlog", "userlog", "useractivitylog"]
  }
}

# The port comes from the caller: whether 8000-8999 holds it is not known.
resource "aws_security_group" "staging" {
  name   = "staging"
  vpc_id = "vpc-0a1b2c3d"

  ingress {
    protocol    = "tcp"
    from_port   = 8000
    to_port     = 8999
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_redshift_cluster" "staging" { # want AWS-408
  cluster_identifier        = "staging"
  node_type                 = "ra3.xlarge"
  master_username           = "admin"
  manage_master_password    = true
  cluster_subnet_group_name = aws_redshift_subnet_group.lake.name
  vpc_security_group_ids    = [aws_security_group.staging.id]
  port                      = var.cluster_port # want-note AWS-001 "port of Redshift cluster aws_redshift_cluster.staging"
  encrypted                 = true
  logging {
    enable               = true
    log_destination_type = "cloudwatch"
    log_exports          = ["connectionlog", "userlog", "useractivitylog"]
  }
}
