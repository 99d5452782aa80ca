variable "public" {
  type = bool
}

resource "aws_db_instance" "ok_private" { # want AWS-183 # want AWS-325 # want AWS-391
  engine              = "postgres"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  storage_encrypted   = true
  publicly_accessible = false
}

# The default is false.
resource "aws_db_instance" "ok_default" { # want AWS-183 # want AWS-325 # want AWS-391
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  storage_encrypted = true
}

resource "aws_db_instance" "ok_unknown" { # want AWS-183 # want AWS-325 # want AWS-391
  engine              = "postgres"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  storage_encrypted   = true
  publicly_accessible = var.public # want-note AWS-023
}
