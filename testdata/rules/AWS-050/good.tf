resource "aws_sns_topic" "tagged" { # want AWS-141
  name = "tagged"
  # Keys compare case-insensitively.
  tags = {
    Owner       = "payments"
    ENVIRONMENT = "production"
  }
}

variable "extra_tags" {
  type = map(string) # no value given: unknown
}

# merge() with an unknown part: the keys are not known, an undecided note.
resource "aws_sns_topic" "unknown_tags" { # want AWS-141
  name = "unknown"
  tags = merge(var.extra_tags, { owner = "payments" }) # want-note AWS-050
}

variable "owner" {
  type = string # unknown
}

# Unknown values under known keys are fine.
resource "aws_ecr_repository" "unknown_values" {
  name = "api"
  tags = { owner = var.owner, environment = var.owner }
}

# Data sources are never checked.
data "aws_sns_topic" "existing" {
  name = "existing"
}

# Not taggable and no tags written: not checked.
resource "aws_sns_topic_subscription" "mail" {
  topic_arn = aws_sns_topic.tagged.arn
  protocol  = "email"
  endpoint  = "ops@example.com"
}
