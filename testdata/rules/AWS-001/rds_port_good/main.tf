# Databases on custom ports whose security groups do not open them to the
# internet, or open another port only.

variable "db_port" {
  type = number
}

resource "aws_security_group" "app_db" {
  name   = "app-db"
  vpc_id = "vpc-0a1b2c3d"

  ingress {
    description = "application subnets"
    protocol    = "tcp"
    from_port   = 3407
    to_port     = 3407
    cidr_blocks = ["10.20.0.0/16"]
  }

  # A public HTTPS port beside the database's: the database port stays
  # private.
  ingress {
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_db_instance" "app" { # want AWS-183 # want AWS-391 # want AWS-346
  identifier                  = "app"
  engine                      = "mysql"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 50
  username                    = "admin"
  manage_master_user_password = true
  vpc_security_group_ids      = [aws_security_group.app_db.id]
  port                        = 3407
  storage_encrypted           = true
}

# The port a caller gives is not known: an undecided note on the open rule,
# which opens only a range the database may listen on.
resource "aws_security_group" "reports" {
  name   = "reports"
  vpc_id = "vpc-0a1b2c3d"

  ingress {
    protocol    = "tcp"
    from_port   = 16000
    to_port     = 16999
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_rds_cluster" "reports" { # want AWS-183 # want AWS-346 # want AWS-391
  cluster_identifier          = "reports"
  engine                      = "aurora-mysql"
  master_username             = "reports"
  manage_master_user_password = true
  vpc_security_group_ids      = [aws_security_group.reports.id]
  port                        = var.db_port # want-note AWS-001
  storage_encrypted           = true
}

# A PostgreSQL instance on its default port behind a group that opens only
# an unrelated high range.
resource "aws_security_group" "pg" {
  name   = "pg"
  vpc_id = "vpc-0a1b2c3d"

  ingress {
    protocol    = "tcp"
    from_port   = 8080
    to_port     = 8081
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_db_instance" "pg" { # want AWS-183 # want AWS-325 # want AWS-391
  identifier                  = "pg"
  engine                      = "postgres"
  instance_class              = "db.t4g.medium"
  allocated_storage           = 20
  username                    = "pg"
  manage_master_user_password = true
  vpc_security_group_ids      = [aws_security_group.pg.id]
  storage_encrypted           = true
}
