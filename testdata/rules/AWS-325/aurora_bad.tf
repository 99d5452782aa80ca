# Aurora PostgreSQL clusters whose statements reach no log: the default
# cluster parameter group, a default.* group named, a group that tunes
# other parameters only, and a cluster where one instance overrides the
# setting in its own DB parameter group but another does not.
resource "aws_rds_cluster" "orders" { # want AWS-325 "db_cluster_parameter_group_name is not set" # want AWS-391 # want AWS-146
  cluster_identifier              = "orders"
  engine                          = "aurora-postgresql"
  engine_version                  = "15.4"
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = ["postgresql"]
  master_username                 = "app"
  manage_master_user_password     = true
}

resource "aws_rds_cluster_instance" "orders" {
  count              = 2
  identifier         = "orders-${count.index}"
  cluster_identifier = aws_rds_cluster.orders.id
  engine             = aws_rds_cluster.orders.engine
  instance_class     = "db.r6g.large"
}

resource "aws_rds_cluster" "billing" { # want AWS-391
  cluster_identifier              = "billing"
  engine                          = "aurora-postgresql"
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = ["postgresql"]
  master_username                 = "app"
  manage_master_user_password     = true
  db_cluster_parameter_group_name = "default.aurora-postgresql15" # want AWS-325 "default cluster parameter group"
}

resource "aws_rds_cluster_parameter_group" "tuned" {
  name   = "tuned-aurora-postgresql15"
  family = "aurora-postgresql15"

  parameter {
    name  = "rds.force_ssl"
    value = "1"
  }
  parameter {
    name  = "log_min_duration_statement"
    value = "1000"
  }
}

resource "aws_rds_cluster" "reports" { # want AWS-391
  cluster_identifier              = "reports"
  engine                          = "aurora-postgresql"
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = ["postgresql"]
  master_username                 = "app"
  manage_master_user_password     = true
  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.tuned.name # want AWS-325 "log_statement is not set"
}

# The writer logs DDL through its own group; the reader inherits the
# cluster's group, which logs nothing.
resource "aws_db_parameter_group" "writer" {
  name   = "writer-aurora-postgresql15"
  family = "aurora-postgresql15"

  parameter {
    name  = "log_statement"
    value = "ddl"
  }
}

resource "aws_rds_cluster" "ledger" { # want AWS-391
  cluster_identifier              = "ledger"
  engine                          = "aurora-postgresql"
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = ["postgresql"]
  master_username                 = "app"
  manage_master_user_password     = true
  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.tuned.name # want AWS-325
}

resource "aws_rds_cluster_instance" "ledger_writer" {
  identifier              = "ledger-writer"
  cluster_identifier      = aws_rds_cluster.ledger.id
  engine                  = "aurora-postgresql"
  instance_class          = "db.r6g.large"
  db_parameter_group_name = aws_db_parameter_group.writer.name
}

resource "aws_rds_cluster_instance" "ledger_reader" {
  identifier         = "ledger-reader"
  cluster_identifier = aws_rds_cluster.ledger.id
  engine             = "aurora-postgresql"
  instance_class     = "db.r6g.large"
}
