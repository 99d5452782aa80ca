resource "aws_mwaa_environment" "pipelines" {
  # ... name, roles, bucket and network_configuration ...
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
}
