variable "mq_admin_password" {
  type      = string
  sensitive = true
}

resource "aws_kms_key" "data" {
  description         = "brokers, workflows, trackers and ledgers"
  enable_key_rotation = true
}

resource "aws_kms_alias" "data" {
  name          = "alias/data"
  target_key_id = aws_kms_key.data.key_id
}

resource "aws_mq_broker" "orders" {
  broker_name        = "orders"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.m5.large"
  logs {
    general = true
    audit   = true
  }
  encryption_options {
    kms_key_id        = aws_kms_key.data.arn
    use_aws_owned_key = false
  }
  user {
    username = "admin"
    password = var.mq_admin_password
  }
}

# RabbitMQ brokers cannot take a key of the account.
resource "aws_mq_broker" "events" {
  broker_name        = "events"
  engine_type        = "RabbitMQ"
  engine_version     = "3.13"
  host_instance_type = "mq.m5.large"
  logs {
    general = true
  }
  user {
    username = "admin"
    password = var.mq_admin_password
  }
}

resource "aws_mwaa_environment" "pipelines" {
  name               = "pipelines"
  dag_s3_path        = "dags/"
  execution_role_arn = "arn:aws:iam::111122223333:role/mwaa-pipelines"
  source_bucket_arn  = "arn:aws:s3:::pipelines-dags"
  logging_configuration {
    webserver_logs {
      enabled   = true
      log_level = "INFO"
    }
    scheduler_logs {
      enabled   = true
      log_level = "INFO"
    }
  }
  kms_key            = aws_kms_key.data.arn
  network_configuration {
    security_group_ids = ["sg-0123456789abcdef0"]
    subnet_ids         = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
  }
}

resource "aws_location_tracker" "fleet" {
  for_each     = toset(["trucks", "vans"])
  tracker_name = each.key
  kms_key_id   = aws_kms_alias.data.arn
}

resource "aws_location_geofence_collection" "depots" {
  collection_name = "depots"
  kms_key_id      = aws_kms_key.data.key_id
}

resource "aws_xray_encryption_config" "traces" {
  type   = "KMS"
  key_id = aws_kms_key.data.arn
}

resource "aws_qldb_ledger" "titles" {
  name             = "titles"
  permissions_mode = "STANDARD"
  kms_key          = aws_kms_key.data.arn
}
