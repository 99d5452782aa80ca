variable "log_level" {
  type    = string
  default = "INFO"
}

variable "audit_logs" {
  type = bool
}

locals {
  airflow_logs = {
    webserver_logs = { enabled = true, log_level = var.log_level }
    scheduler_logs = { enabled = true, log_level = var.log_level }
  }
}

resource "aws_mwaa_environment" "pipelines" {
  name               = "pipelines"
  dag_s3_path        = "dags/"
  execution_role_arn = "arn:aws:iam::111122223333:role/mwaa"
  source_bucket_arn  = "arn:aws:s3:::acme-dags"

  network_configuration {
    security_group_ids = ["sg-0123456789abcdef0"]
    subnet_ids         = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  }

  logging_configuration {
    dynamic "webserver_logs" {
      for_each = [local.airflow_logs.webserver_logs]
      content {
        enabled   = webserver_logs.value.enabled
        log_level = webserver_logs.value.log_level
      }
    }
    scheduler_logs {
      enabled   = local.airflow_logs.scheduler_logs.enabled
      log_level = local.airflow_logs.scheduler_logs.log_level
    }
    task_logs {
      enabled   = true
      log_level = "INFO"
    }
  }
}

# Whether the logs are on comes from a variable without a value.
resource "aws_mwaa_environment" "configurable" {
  name               = "configurable"
  dag_s3_path        = "dags/"
  execution_role_arn = "arn:aws:iam::111122223333:role/mwaa"
  source_bucket_arn  = "arn:aws:s3:::acme-dags"

  network_configuration {
    security_group_ids = ["sg-0123456789abcdef0"]
    subnet_ids         = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  }

  logging_configuration {
    webserver_logs {
      enabled   = var.audit_logs # want-note AWS-206
      log_level = "INFO"
    }
    scheduler_logs {
      enabled   = true
      log_level = "INFO"
    }
  }
}
