resource "aws_mq_broker" "events" {
  broker_name         = "events"
  engine_type         = "ActiveMQ"
  engine_version      = "5.18"
  host_instance_type  = "mq.m5.large"
  subnet_ids          = [aws_subnet.private_a.id]
  security_groups     = [aws_security_group.mq.id]
  publicly_accessible = false
  logs {
    general = true
    audit   = true
  }
  user {
    username = "app"
    password = var.mq_password
  }
}
