resource "aws_db_instance" "default_off" { # want AWS-021 AWS-183 # want AWS-325 # want AWS-391
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
}

resource "aws_db_instance" "explicit_off" { # want AWS-183 # want AWS-391 # want AWS-346
  engine            = "mysql"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  storage_encrypted = false # want AWS-021
}

resource "aws_rds_cluster" "aurora" { # want AWS-021 AWS-183 # want AWS-325 # want AWS-391
  cluster_identifier = "aurora"
  engine             = "aurora-postgresql"
  master_username    = "app"
}

resource "aws_rds_cluster" "aurora_off" { # want AWS-183 AWS-346 # want AWS-391
  cluster_identifier = "aurora-off"
  engine             = "aurora-mysql"
  engine_mode        = "provisioned"
  storage_encrypted  = "false" # want AWS-021
}
