resource "aws_db_instance" "app" {
  engine               = "postgres"
  instance_class       = "db.t4g.micro"
  allocated_storage    = 20
  db_subnet_group_name = aws_db_subnet_group.private.name
  publicly_accessible  = false
  storage_encrypted    = true
}
