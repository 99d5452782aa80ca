variable "encrypted" {
  type     = bool
  default  = true
  nullable = false
}

variable "legacy_encrypted" {
  type    = bool
  default = true
}

resource "aws_db_instance" "main" { # want AWS-183 # want AWS-325 # want AWS-391
  engine              = "postgres"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  publicly_accessible = false
  storage_encrypted   = var.encrypted
}

resource "aws_db_instance" "legacy" { # want AWS-021 AWS-183 # want AWS-325 # want AWS-391
  engine              = "postgres"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  publicly_accessible = false
  storage_encrypted   = var.legacy_encrypted
}
