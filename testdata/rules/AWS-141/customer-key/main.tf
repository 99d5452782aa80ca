# With require-customer-key, a topic must name a customer managed key: no
# key and the AWS managed key alias/aws/sns are reported, a key this
# configuration creates is not, and one from a variable without a value is
# a note.
variable "topic_key" {
  type = string
}

resource "aws_kms_key" "topics" {
  description         = "sns"
  enable_key_rotation = true
}

resource "aws_sns_topic" "plain" { # want AWS-141 "kms_master_key_id is not set"
  name = "alerts"
}

resource "aws_sns_topic" "aws_managed" {
  name              = "orders"
  kms_master_key_id = "alias/aws/sns" # want AWS-141 "alias/aws/sns"
}

resource "aws_sns_topic" "own_key" {
  for_each          = toset(["billing", "shipping"])
  name              = each.key
  kms_master_key_id = aws_kms_key.topics.id
}

resource "aws_sns_topic" "from_variable" {
  name              = "audit"
  kms_master_key_id = var.topic_key # want-note AWS-141
}
