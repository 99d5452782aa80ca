variable "db_password" {
  type      = string
  sensitive = true
}

resource "aws_vpc" "data" {
  cidr_block = "10.40.0.0/16"
}

resource "aws_flow_log" "data" {
  vpc_id               = aws_vpc.data.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::flow-logs-archive"
}

resource "aws_subnet" "data" {
  count             = 2
  vpc_id            = aws_vpc.data.id
  cidr_block        = cidrsubnet(aws_vpc.data.cidr_block, 8, count.index)
  availability_zone = element(["eu-west-1a", "eu-west-1b"], count.index)
}

resource "aws_db_subnet_group" "data" {
  name       = "data"
  subnet_ids = aws_subnet.data[*].id
}

resource "aws_security_group" "db" {
  name   = "db"
  vpc_id = aws_vpc.data.id
}

resource "aws_rds_cluster" "orders" { # want AWS-346
  cluster_identifier                  = "orders"
  engine                              = "aurora-mysql"
  master_username                     = "orders"
  master_password                     = var.db_password
  db_subnet_group_name                = aws_db_subnet_group.data.name
  vpc_security_group_ids              = [aws_security_group.db.id]
  storage_encrypted                   = true
  iam_database_authentication_enabled = true
  deletion_protection                 = true
  backup_retention_period             = 7
  enabled_cloudwatch_logs_exports     = ["audit", "error", "general", "slowquery"]
  skip_final_snapshot                 = true
}
