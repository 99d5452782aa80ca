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
resource "aws_db_instance" "orders" { # want AWS-325 # want AWS-391
  identifier                  = "orders"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true

  enabled_cloudwatch_logs_exports = ["postgresql"]
}

# The default cluster parameter group leaves audit_logs disabled.
resource "aws_docdb_cluster" "catalog" { # want AWS-184 "default cluster parameter group"
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

# Firehose reads the Redshift password from Secrets Manager at plan time,
# and the APNS key from a file kept out of the repository.
data "aws_secretsmanager_secret_version" "firehose" {
  secret_id = "firehose/redshift"
}

resource "aws_kinesis_firehose_delivery_stream" "to_warehouse" {
  name        = "to-warehouse"
  destination = "redshift"

  server_side_encryption {
    enabled = true
  }

  redshift_configuration {
    role_arn        = "arn:aws:iam::123456789012:role/firehose-redshift"
    cluster_jdbcurl = "jdbc:redshift://warehouse.abc123.eu-west-1.redshift.amazonaws.com:5439/events"
    username        = "firehose"
    password        = jsondecode(data.aws_secretsmanager_secret_version.firehose.secret_string)["password"]
    data_table_name = "events"

    s3_configuration {
      role_arn   = "arn:aws:iam::123456789012:role/firehose-redshift"
      bucket_arn = "arn:aws:s3:::firehose-staging"
    }
  }
}

variable "apns_private_key" {
  type      = string
  sensitive = true
}

resource "aws_pinpoint_app" "push" {
  name = "push"
}

resource "aws_pinpoint_apns_channel" "push" {
  application_id = aws_pinpoint_app.push.application_id
  certificate    = file("${path.module}/apns.pem")
  private_key    = var.apns_private_key
}

data "aws_secretsmanager_secret" "warehouse" {
  name = "glue/warehouse"
}

# The connection reads its user and password from the secret.
resource "aws_glue_connection" "warehouse" {
  name = "warehouse"
  connection_properties = {
    JDBC_CONNECTION_URL = "jdbc:postgresql://warehouse.internal:5432/dw"
    JDBC_ENFORCE_SSL    = "true"
    SECRET_ID           = data.aws_secretsmanager_secret.warehouse.name
  }
}

# No password in the code: Cognito sends the user a generated temporary one.
resource "aws_cognito_user" "invited" {
  user_pool_id = "eu-west-1_AbCdEfGhI"
  username     = "invited"

  attributes = {
    email          = "invited@example.com"
    email_verified = true
  }
}

resource "random_password" "operator" {
  length  = 20
  special = true
}

resource "aws_cognito_user" "operator" {
  user_pool_id       = "eu-west-1_AbCdEfGhI"
  username           = "operator"
  temporary_password = random_password.operator.result
}

data "aws_secretsmanager_secret_version" "google" {
  secret_id = "cognito/google"
}

resource "aws_cognito_identity_provider" "google" {
  user_pool_id  = "eu-west-1_AbCdEfGhI"
  provider_name = "Google"
  provider_type = "Google"

  provider_details = {
    authorize_scopes = "email openid"
    client_id        = "123456789012-abc.apps.googleusercontent.com"
    client_secret    = jsondecode(data.aws_secretsmanager_secret_version.google.secret_string)["client_secret"]
  }
}

# SAML providers keep no secret.
resource "aws_cognito_identity_provider" "corp" {
  user_pool_id  = "eu-west-1_AbCdEfGhI"
  provider_name = "corp"
  provider_type = "SAML"

  provider_details = {
    MetadataURL = "https://idp.example.com/metadata.xml"
  }
}
