variable "mq_password" {
  type      = string
  sensitive = true
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

# RabbitMQ has no audit log: the general log is all it can publish.
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
