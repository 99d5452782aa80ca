resource "aws_mwaa_environment" "defaults" { # want AWS-206 "webserver_logs"
  name               = "defaults"
  dag_s3_path        = "dags/"
  execution_role_arn = "arn:aws:iam::111122223333:role/mwaa"
  source_bucket_arn  = "arn:aws:s3:::acme-dags"

  network_configuration {
    security_group_ids = ["sg-0123456789abcdef0"]
    subnet_ids         = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  }
}

resource "aws_mwaa_environment" "tasks_only" {
  name               = "tasks-only"
  dag_s3_path        = "dags/"
  execution_role_arn = "arn:aws:iam::111122223333:role/mwaa"
  source_bucket_arn  = "arn:aws:s3:::acme-dags"

  network_configuration {
    security_group_ids = ["sg-0123456789abcdef0"]
    subnet_ids         = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  }

  logging_configuration { # want AWS-206 "scheduler_logs"
    task_logs {
      enabled   = true
      log_level = "INFO"
    }
    webserver_logs {
      enabled   = true
      log_level = "WARNING"
    }
  }
}

resource "aws_mwaa_environment" "off" {
  name               = "off"
  dag_s3_path        = "dags/"
  execution_role_arn = "arn:aws:iam::111122223333:role/mwaa"
  source_bucket_arn  = "arn:aws:s3:::acme-dags"

  network_configuration {
    security_group_ids = ["sg-0123456789abcdef0"]
    subnet_ids         = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  }

  logging_configuration {
    scheduler_logs {
      enabled   = true
      log_level = "INFO"
    }
    webserver_logs {
      enabled   = false # want AWS-206
      log_level = "INFO"
    }
  }
}
