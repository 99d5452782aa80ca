resource "aws_mq_broker" "events" { # want AWS-195 AWS-291
  broker_name         = "events"
  engine_type         = "ActiveMQ"
  engine_version      = "5.18"
  host_instance_type  = "mq.t3.micro"
  publicly_accessible = true # want AWS-102
  user {
    username = "app"
    password = var.mq_password
  }
}

variable "mq_password" {
  type      = string
  sensitive = true
}
