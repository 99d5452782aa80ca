# Redshift clusters moved off the default port, with security groups that
# open the new port to the internet.

variable "warehouse_port" {
  type    = number
  default = 8192
}

resource "aws_redshift_subnet_group" "warehouse" {
  name       = "warehouse"
  subnet_ids = ["subnet-0a1b2c3d", "subnet-0e1f2a3b"]
}

resource "aws_security_group" "warehouse" {
  name   = "warehouse"
  vpc_id = "vpc-0a1b2c3d"

  ingress {
    description = "SQL clients"
    protocol    = "tcp"
    from_port   = var.warehouse_port
    to_port     = var.warehouse_port
    cidr_blocks = ["0.0.0.0/0"] # want AWS-001 "port 8192 \\(Redshift, aws_redshift_cluster.warehouse\\)"
  }
}

resource "aws_redshift_cluster" "warehouse" { # want AWS-408
  cluster_identifier        = "warehouse"
  node_type                 = "ra3.xlarge"
  master_username           = "admin"
  manage_master_password    = true
  cluster_subnet_group_name = aws_redshift_subnet_group.warehouse.name
  vpc_security_group_ids    = [aws_security_group.warehouse.id]
  port                      = var.warehouse_port
  encrypted                 = true
  logging {
    enable               = true
    log_destination_type = "cloudwatch"
    log_exports          = ["connectionlog", "userlog", "useractivitylog"]
  }
}

# A second group opening a range of high ports, one of which the cluster
# listens on.
resource "aws_security_group" "bi_tools" {
  name   = "bi-tools"
  vpc_id = "vpc-0a1b2c3d"
}

resource "aws_vpc_security_group_ingress_rule" "bi_tools" {
  security_group_id = aws_security_group.bi_tools.id
  ip_protocol       = "tcp"
  from_port         = 8000
  to_port           = 8999
  cidr_ipv4         = "0.0.0.0/0" # want AWS-001 "port 8200 \\(Redshift, aws_redshift_cluster.reporting\\)"
}

resource "aws_redshift_cluster" "reporting" { # want AWS-408
  cluster_identifier        = "reporting"
  node_type                 = "ra3.xlarge"
  master_username           = "admin"
  manage_master_password    = true
  cluster_subnet_group_name = aws_redshift_subnet_group.warehouse.name
  vpc_security_group_ids    = [aws_security_group.warehouse.id, aws_security_group.bi_tools.id]
  port                      = 8200
  encrypted                 = true
  logging {
    enable               = true
    log_destination_type = "cloudwatch"
    log_exports          = ["connectionlog", "userlog", "useractivitylog"]
  }
}
