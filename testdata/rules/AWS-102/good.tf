variable "mq_password" {
  type      = string
  sensitive = true
}

variable "mq_public" {
  type = bool
}

resource "aws_mq_broker" "default" { # want AWS-195
  broker_name        = "default"
  engine_type        = "RabbitMQ"
  engine_version     = "3.13"
  host_instance_type = "mq.m5.large"
  subnet_ids         = ["subnet-0a1b2c3d"]
  user {
    username = "app"
    password = var.mq_password
  }
}

resource "aws_mq_broker" "unknown" { # want AWS-195
  broker_name         = "unknown"
  engine_type         = "RabbitMQ"
  engine_version      = "3.13"
  host_instance_type  = "mq.m5.large"
  publicly_accessible = var.mq_public # want-note AWS-102
  user {
    username = "app"
    password = var.mq_password
  }
}
