variable "mq_password" {
  type      = string
  sensitive = true
}

resource "aws_mq_broker" "no_logs" { # want AWS-195 "logs.general is not set"
  broker_name        = "no-logs"
  engine_type        = "RabbitMQ"
  engine_version     = "3.13"
  host_instance_type = "mq.m5.large"
  subnet_ids         = ["subnet-0a1b2c3d"]
  user {
    username = "app"
    password = var.mq_password
  }
}

resource "aws_mq_broker" "both_off" {
  broker_name        = "both-off"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.m5.large"
  subnet_ids         = ["subnet-0a1b2c3d"]
  logs {
    audit   = false # want AWS-291
    general = false # want AWS-195
  }
  user {
    username = "app"
    password = var.mq_password
  }
}

resource "aws_mq_broker" "active_default" { # want AWS-195 "logs.general is not set" AWS-291
  broker_name        = "active-default"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.m5.large"
  subnet_ids         = ["subnet-0a1b2c3d"]
  user {
    username = "app"
    password = var.mq_password
  }
}

# The audit log records management actions only: the general log is still off.
resource "aws_mq_broker" "audit_only" {
  broker_name        = "audit-only"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.m5.large"
  subnet_ids         = ["subnet-0a1b2c3d"]
  logs {
    audit   = true
    general = false # want AWS-195
  }
  user {
    username = "app"
    password = var.mq_password
  }
}
