resource "aws_sns_topic_subscription" "webhook" {
  topic_arn = aws_sns_topic.orders.arn
  protocol  = "https"
  endpoint  = "https://hooks.example.com/sns"
}
