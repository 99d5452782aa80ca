variable "mq_admin_password" {
  type      = string
  sensitive = true
}

# use_aws_owned_key defaults to true: a key AWS owns.
resource "aws_mq_broker" "orders" { # want AWS-169 "kms_key_id is not set"
  broker_name        = "orders"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.m5.large"
  logs {
    general = true
    audit   = true
  }
  user {
    username = "admin"
    password = var.mq_admin_password
  }
}

# Without kms_key_id, use_aws_owned_key = false means the AWS managed aws/mq key.
resource "aws_mq_broker" "billing" {
  broker_name        = "billing"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.m5.large"
  logs {
    general = true
    audit   = true
  }
  encryption_options { # want AWS-169
    use_aws_owned_key = false
  }
  user {
    username = "admin"
    password = var.mq_admin_password
  }
}

resource "aws_mwaa_environment" "pipelines" { # want AWS-169 "kms_key is not set"
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
  network_configuration {
    security_group_ids = ["sg-0123456789abcdef0"]
    subnet_ids         = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
  }
}

resource "aws_location_tracker" "fleet" { # want AWS-169
  tracker_name       = "fleet"
  position_filtering = "TimeBased"
}

resource "aws_location_geofence_collection" "depots" {
  collection_name = "depots"
  kms_key_id      = "arn:aws:kms:eu-west-1:111122223333:alias/aws/geo" # want AWS-169 "AWS managed"
}

resource "aws_xray_encryption_config" "traces" {
  type   = "KMS"
  key_id = "alias/aws/xray" # want AWS-169 "AWS managed"
}

resource "aws_qldb_ledger" "titles" { # want AWS-169
  name             = "titles"
  permissions_mode = "STANDARD"
}

resource "aws_qldb_ledger" "claims" {
  name             = "claims"
  permissions_mode = "STANDARD"
  kms_key          = "AWS_OWNED_KMS_KEY" # want AWS-169 "AWS_OWNED_KMS_KEY"
}
