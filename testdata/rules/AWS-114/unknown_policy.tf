# A resource policy whose text cannot be read may grant anyone: a note, not
# a silent pass.
variable "queue_policy" {
  type        = string
  description = "The queue's access policy, given by the caller."
}

resource "aws_sqs_queue" "jobs" {
  name   = "jobs"
  policy = var.queue_policy # want-note AWS-114 # want-note AWS-110 "policy" # want-note AWS-212
}

resource "aws_sns_topic" "alerts" {
  name              = "alerts"
  kms_master_key_id = "alias/aws/sns"
}

locals {
  base_statement = {
    Effect    = "Allow"
    Principal = { Service = "events.amazonaws.com" }
    Action    = "sns:Publish"
  }
}

# One statement is built by merge() around a value known only after apply:
# the fields merge() keeps are read (a service principal: not public).
resource "aws_sns_topic_policy" "alerts" {
  arn = aws_sns_topic.alerts.arn
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [merge(local.base_statement, { Resource = aws_sns_topic.alerts.arn })]
  })
}

# A policy document data source of the scanned code is read.
data "aws_iam_policy_document" "reports" {
  statement {
    actions   = ["sqs:SendMessage"]
    resources = ["*"]
    principals {
      type        = "Service"
      identifiers = ["s3.amazonaws.com"]
    }
    condition {
      test     = "ArnLike"
      variable = "aws:SourceArn"
      values   = ["arn:aws:s3:::reports-bucket"]
    }
  }
}

resource "aws_sqs_queue" "reports" {
  name   = "reports"
  policy = data.aws_iam_policy_document.reports.json
}

# A statement the caller passes in whole cannot be read.
variable "extra_statement" {
  type = any
}

resource "aws_sns_topic" "audit" {
  name              = "audit"
  kms_master_key_id = "alias/aws/sns"
}

resource "aws_sns_topic_policy" "audit" {
  arn = aws_sns_topic.audit.arn
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [var.extra_statement] # want-note AWS-114
  })
}
