variable "db_password" {
  type      = string
  sensitive = true
}

resource "aws_vpc" "data" { # want AWS-010
  cidr_block = "10.40.0.0/16"
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

# No vpc_security_group_ids: RDS attaches the default security group of
# the subnet group's VPC.
resource "aws_db_instance" "orders" { # want AWS-253 "placed in the default security group of aws_vpc.data" # want AWS-325
  identifier                          = "orders"
  engine                              = "postgres"
  instance_class                      = "db.t4g.micro"
  allocated_storage                   = 20
  username                            = "orders"
  password                            = var.db_password
  db_subnet_group_name                = aws_db_subnet_group.data.name
  storage_encrypted                   = true
  iam_database_authentication_enabled = true
  deletion_protection                 = true
  backup_retention_period             = 7
  enabled_cloudwatch_logs_exports     = ["postgresql"]
  skip_final_snapshot                 = true
}
