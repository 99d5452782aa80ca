variable "mq_password" {
  type      = string
  sensitive = true
}

variable "general_logs" {
  type = bool
}

resource "aws_mq_broker" "events" {
  broker_name        = "events"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.m5.large"
  subnet_ids         = ["subnet-0a1b2c3d"]
  logs {
    general = true
    audit   = true
  }
  user {
    username = "app"
    password = var.mq_password
  }
}

resource "aws_mq_broker" "from_caller" {
  broker_name        = "from-caller"
  engine_type        = "RabbitMQ"
  engine_version     = "3.13"
  host_instance_type = "mq.m5.large"
  subnet_ids         = ["subnet-0a1b2c3d"]
  logs {
    general = var.general_logs # want-note AWS-195
  }
  user {
    username = "app"
    password = var.mq_password
  }
}

resource "aws_mq_broker" "rabbit" {
  broker_name        = "rabbit"
  engine_type        = "RabbitMQ"
  engine_version     = "3.13"
  host_instance_type = "mq.m5.large"
  subnet_ids         = ["subnet-0a1b2c3d"]
  logs {
    general = true
  }
  user {
    username = "app"
    password = var.mq_password
  }
}

# One log is enough: the general log alone on ActiveMQ, or the audit log alone.
resource "aws_mq_broker" "general_only" {
  broker_name        = "general-only"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.m5.large"
  subnet_ids         = ["subnet-0a1b2c3d"]
  logs { # want AWS-291
    general = true
  }
  user {
    username = "app"
    password = var.mq_password
  }
}
