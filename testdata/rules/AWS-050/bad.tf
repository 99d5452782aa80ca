# Required tags (.required-tags): owner environment. No provider block in
# this module, so no default_tags apply.

resource "aws_sns_topic" "untagged" { # want AWS-050 AWS-141
  name = "untagged"
}

resource "aws_sns_topic" "partial" { # want AWS-141
  name = "partial"
  tags = { Owner = "payments" } # want AWS-050
}

variable "team_tags" {
  type    = map(string)
  default = { owner = "payments", cost-center = "42" }
}

# The tags come through a variable that lacks environment.
resource "aws_ecr_repository" "via_variable" {
  name = "app"
  tags = var.team_tags # want AWS-050
}

locals {
  common = { environment = "production" }
}

resource "aws_dynamodb_table" "via_local" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  tags = merge(local.common, { Name = "orders" }) # want AWS-050
}

# Not in the curated list, but it writes tags: the type is taggable.
resource "aws_cloudwatch_event_bus" "orders" {
  name = "orders"
  tags = { owner = "payments" } # want AWS-050
}

# Every instance lacks environment: one finding names them all.
resource "aws_sns_topic" "per_region" { # want AWS-141
  count = 2
  name  = "per-region-${count.index}"
  tags  = { owner = "payments" } # want AWS-050
}
