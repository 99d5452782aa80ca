variable "dms_password" {
  type      = string
  sensitive = true
}

resource "random_password" "db" {
  length  = 32
  special = false
}

data "aws_secretsmanager_secret_version" "ad" {
  secret_id = "prod/directory/admin"
}

# RDS generates the password and keeps it in Secrets Manager.
resource "aws_db_instance" "orders" { # want AWS-325
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true

  enabled_cloudwatch_logs_exports = ["postgresql"]
}

resource "aws_docdb_cluster" "catalog" {
  cluster_identifier = "catalog"
  master_username    = "app"
  master_password    = random_password.db.result
  storage_encrypted  = true

  enabled_cloudwatch_logs_exports = ["audit"]
}

resource "aws_dms_endpoint" "source" {
  endpoint_id   = "source"
  endpoint_type = "source"
  engine_name   = "postgres"
  server_name   = "db.internal"
  port          = 5432
  username      = "dms"
  password      = var.dms_password
  ssl_mode      = "verify-full"
}

resource "aws_directory_service_directory" "corp" {
  name     = "corp.example.com"
  password = jsondecode(data.aws_secretsmanager_secret_version.ad.secret_string)["password"]
  size     = "Small"
  vpc_settings {
    vpc_id     = "vpc-0123456789abcdef0"
    subnet_ids = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  }
}

resource "aws_secretsmanager_secret" "db" {  # want AWS-302
  name       = "db"
  kms_key_id = "alias/secrets"
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id     = aws_secretsmanager_secret.db.id
  secret_string = jsonencode({ username = "app", password = random_password.db.result })
}
