resource "aws_db_instance" "no_exports" { # want AWS-183 "enabled_cloudwatch_logs_exports is not set" # want AWS-325 # want AWS-391
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  storage_encrypted = true
}

variable "log_exports" {
  type    = list(string)
  default = []
}

resource "aws_db_instance" "empty_exports" { # want AWS-183 # want AWS-391 # want AWS-346
  engine                          = "mysql"
  instance_class                  = "db.t4g.micro"
  allocated_storage               = 20
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = var.log_exports
}

resource "aws_rds_cluster" "aurora" { # want AWS-183 # want AWS-325 # want AWS-391
  cluster_identifier = "aurora"
  engine             = "aurora-postgresql"
  storage_encrypted  = true
}
