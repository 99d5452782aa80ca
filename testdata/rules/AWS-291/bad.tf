variable "mq_password" {
  type      = string
  sensitive = true
}

variable "audit_logs" {
  type = bool
}

# Publishes its general log only: who changed the broker is not recorded.
resource "aws_mq_broker" "orders" {
  broker_name        = "orders"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.m5.large"
  subnet_ids         = ["subnet-0a1b2c3d"]
  logs { # want AWS-291 "logs.audit is not set"
    general = true
  }
  user {
    username = "app"
    password = var.mq_password
  }
}

# One broker per environment, the audit log turned off explicitly.
resource "aws_mq_broker" "per_env" {
  for_each           = toset(["staging", "prod"])
  broker_name        = "billing-${each.key}"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.m5.large"
  subnet_ids         = ["subnet-0a1b2c3d"]
  logs {
    general = true
    audit   = false # want AWS-291
  }
  user {
    username = "app"
    password = var.mq_password
  }
}

# The audit setting comes from the caller without a default.
resource "aws_mq_broker" "from_caller" {
  broker_name        = "from-caller"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.m5.large"
  subnet_ids         = ["subnet-0a1b2c3d"]
  logs {
    general = true
    audit   = var.audit_logs # want-note AWS-291
  }
  user {
    username = "app"
    password = var.mq_password
  }
}
