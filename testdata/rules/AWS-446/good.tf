resource "aws_kms_key" "events" {
  description         = "order events"
  enable_key_rotation = true
}

resource "aws_sns_topic" "orders" {
  name              = "order-events"
  kms_master_key_id = aws_kms_key.events.arn
}

resource "aws_sns_topic_subscription" "webhook" {
  topic_arn              = aws_sns_topic.orders.arn
  protocol               = "https"
  endpoint               = "https://hooks.example.com/sns"
  endpoint_auto_confirms = true
}

resource "aws_sqs_queue" "orders" {
  name = "order-events"
}

resource "aws_sns_topic_subscription" "queue" {
  topic_arn = aws_sns_topic.orders.arn
  protocol  = "sqs"
  endpoint  = aws_sqs_queue.orders.arn
}

variable "protocol" {
  type = string
}

resource "aws_sns_topic_subscription" "configurable" {
  topic_arn = aws_sns_topic.orders.arn
  protocol  = var.protocol # want-note AWS-446
  endpoint  = "https://hooks.example.com/other"
}
