# Databases signing clients in through IAM, or whose engine cannot.

variable "engine" {
  type = string
}

resource "aws_db_instance" "app" { # want AWS-183 # want AWS-346
  identifier                          = "app"
  engine                              = "mysql"
  instance_class                      = "db.t4g.medium"
  allocated_storage                   = 50
  username                            = "app_admin"
  manage_master_user_password         = true
  db_subnet_group_name                = "private"
  storage_encrypted                   = true
  iam_database_authentication_enabled = true
}

resource "aws_rds_cluster" "orders" { # want AWS-183 # want AWS-325
  cluster_identifier                  = "orders"
  engine                              = "aurora-postgresql"
  master_username                     = "orders_admin"
  manage_master_user_password         = true
  db_subnet_group_name                = "private"
  storage_encrypted                   = true
  iam_database_authentication_enabled = true
}

# Its instances take the cluster's setting.
resource "aws_rds_cluster_instance" "orders" {
  count              = 2
  identifier         = "orders-${count.index}"
  cluster_identifier = aws_rds_cluster.orders.id
  instance_class     = "db.r6g.large"
  engine             = aws_rds_cluster.orders.engine
}

# SQL Server and Aurora Serverless v1 do not take IAM authentication.
resource "aws_db_instance" "erp" { # want AWS-183 # want AWS-146
  identifier                  = "erp"
  engine                      = "sqlserver-se"
  license_model               = "license-included"
  instance_class              = "db.m6i.large"
  allocated_storage           = 100
  username                    = "erp_admin"
  manage_master_user_password = true
  db_subnet_group_name        = "private"
  storage_encrypted           = true
}

resource "aws_rds_cluster" "reports" {
  cluster_identifier          = "reports"
  engine                      = "aurora-mysql"
  engine_mode                 = "serverless"
  master_username             = "reports"
  manage_master_user_password = true
  db_subnet_group_name        = "private"
  storage_encrypted           = true
}

# A read replica takes its source's engine (MySQL here) and sets IAM
# authentication itself.
resource "aws_db_instance" "app_replica" { # want AWS-183
  identifier                          = "app-replica"
  replicate_source_db                 = aws_db_instance.app.identifier
  instance_class                      = "db.t4g.medium"
  storage_encrypted                   = true
  iam_database_authentication_enabled = true
}

# A restore from a snapshot takes the snapshot's engine, not known here:
# a note.
resource "aws_db_instance" "restored" { # want-note AWS-391 # want AWS-183
  identifier          = "restored"
  snapshot_identifier = "app-before-migration"
  instance_class      = "db.t4g.medium"
  storage_encrypted   = true
}

# An engine the caller chooses: a note.
resource "aws_db_instance" "custom" { # want AWS-183
  identifier                  = "custom"
  engine                      = var.engine # want-note AWS-391 # want-note AWS-346 # want-note AWS-325
  instance_class              = "db.t4g.medium"
  allocated_storage           = 20
  username                    = "custom"
  manage_master_user_password = true
  db_subnet_group_name        = "private"
  storage_encrypted           = true
}

# A Neptune cluster whose clients sign their requests with IAM credentials,
# and its audit log exported.
resource "aws_neptune_cluster" "graph" { # want AWS-184
  cluster_identifier                  = "graph"
  engine                              = "neptune"
  storage_encrypted                   = true
  iam_database_authentication_enabled = true
  enable_cloudwatch_logs_exports      = ["audit"]
  skip_final_snapshot                 = true
}
