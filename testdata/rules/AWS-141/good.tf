variable "topic_key" {
  type = string
}

resource "aws_kms_key" "topics" {
  description         = "sns"
  enable_key_rotation = true
}

resource "aws_sns_topic" "alerts" {
  name              = "alerts"
  kms_master_key_id = "alias/aws/sns"
}

resource "aws_sns_topic" "orders" {
  name              = "orders.fifo"
  fifo_topic        = true
  kms_master_key_id = aws_kms_key.topics.id
}

resource "aws_sns_topic" "from_variable" {
  name              = "audit"
  kms_master_key_id = var.topic_key
}

resource "aws_sns_topic" "many" {
  for_each          = toset(["billing", "shipping"])
  name              = each.key
  kms_master_key_id = aws_kms_key.topics.arn
}
