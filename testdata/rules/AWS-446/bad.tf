resource "aws_kms_key" "events" {
  description         = "order events"
  enable_key_rotation = true
}

resource "aws_sns_topic" "orders" {
  name              = "order-events"
  kms_master_key_id = aws_kms_key.events.arn
}

resource "aws_sns_topic_subscription" "webhook" {
  topic_arn = aws_sns_topic.orders.arn
  protocol  = "http" # want AWS-446 "plain HTTP"
  endpoint  = "http://hooks.example.com/sns"
}

variable "partners" {
  type = map(string)
  default = {
    billing = "http://billing.example.net/notify"
  }
}

resource "aws_sns_topic_subscription" "partners" {
  for_each  = var.partners
  topic_arn = aws_sns_topic.orders.arn
  protocol  = "HTTP" # want AWS-446
  endpoint  = each.value
}
