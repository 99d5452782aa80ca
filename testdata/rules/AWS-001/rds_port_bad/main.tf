# RDS and DocumentDB databases moved off their engine's default port, with
# security groups that open the new port to the internet.

variable "db_port" {
  type    = number
  default = 3407
}

resource "aws_db_subnet_group" "app" {
  name       = "app"
  subnet_ids = ["subnet-0a1b2c3d", "subnet-0e1f2a3b"]
}

resource "aws_security_group" "app_db" {
  name   = "app-db"
  vpc_id = "vpc-0a1b2c3d"
}

resource "aws_vpc_security_group_ingress_rule" "app_db_clients" {
  security_group_id = aws_security_group.app_db.id
  ip_protocol       = "tcp"
  from_port         = var.db_port
  to_port           = var.db_port
  cidr_ipv4         = "0.0.0.0/0" # want AWS-001 "port 3407 \\(RDS, aws_db_instance.app\\)"
}

resource "aws_db_instance" "app" { # want AWS-183 # want AWS-391 # want AWS-346 # want AWS-146
  identifier                  = "app"
  engine                      = "mysql"
  engine_version              = "8.0"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  username                    = "admin"
  manage_master_user_password = true
  db_subnet_group_name        = aws_db_subnet_group.app.name
  vpc_security_group_ids      = [aws_security_group.app_db.id]
  port                        = var.db_port
  storage_encrypted           = true
}

# An Aurora PostgreSQL cluster on a high port, inside a range a second
# group opens.
resource "aws_security_group" "analytics" {
  name   = "analytics"
  vpc_id = "vpc-0a1b2c3d"

  ingress {
    description      = "analysts"
    protocol         = "tcp"
    from_port        = 15000
    to_port          = 15999
    ipv6_cidr_blocks = ["::/0"] # want AWS-001 "port 15432 \\(RDS, aws_rds_cluster.analytics\\)"
  }
}

resource "aws_rds_cluster" "analytics" { # want AWS-183 # want AWS-325 # want AWS-391
  cluster_identifier          = "analytics"
  engine                      = "aurora-postgresql"
  master_username             = "analyst"
  manage_master_user_password = true
  db_subnet_group_name        = aws_db_subnet_group.app.name
  vpc_security_group_ids      = [aws_security_group.analytics.id]
  port                        = 15432
  storage_encrypted           = true
}

# Db2 listens on 50000 when no port is written.
resource "aws_security_group" "ledger" {
  name   = "ledger"
  vpc_id = "vpc-0a1b2c3d"
}

resource "aws_security_group_rule" "ledger" {
  type              = "ingress"
  security_group_id = aws_security_group.ledger.id
  protocol          = "tcp"
  from_port         = 50000
  to_port           = 50000
  cidr_blocks       = ["0.0.0.0/0"] # want AWS-001 "port 50000 \\(RDS, aws_db_instance.ledger\\)"
}

resource "aws_db_instance" "ledger" { # want AWS-183
  identifier                  = "ledger"
  engine                      = "db2-se"
  instance_class              = "db.m6i.large"
  allocated_storage           = 100
  username                    = "admin"
  manage_master_user_password = true
  license_model               = "bring-your-own-license"
  db_subnet_group_name        = aws_db_subnet_group.app.name
  vpc_security_group_ids      = [aws_security_group.ledger.id]
  storage_encrypted           = true
}

# A DocumentDB cluster on a custom port.
resource "aws_security_group" "catalog" {
  name   = "catalog"
  vpc_id = "vpc-0a1b2c3d"

  ingress {
    protocol    = "tcp"
    from_port   = 28017
    to_port     = 28017
    cidr_blocks = ["0.0.0.0/0"] # want AWS-001 "port 28017 \\(DocumentDB, aws_docdb_cluster.catalog\\)"
  }
}

resource "aws_docdb_cluster" "catalog" {
  cluster_identifier              = "catalog"
  master_username                 = "catalog"
  manage_master_user_password     = true
  vpc_security_group_ids          = [aws_security_group.catalog.id]
  port                            = 28017
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = ["audit", "profiler"]
  db_cluster_parameter_group_name = aws_docdb_cluster_parameter_group.audit.name
}

resource "aws_docdb_cluster_parameter_group" "audit" {
  family = "docdb5.0"
  name   = "audit"

  parameter {
    name  = "audit_logs"
    value = "enabled"
  }
}
