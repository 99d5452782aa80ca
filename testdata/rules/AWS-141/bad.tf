resource "aws_sns_topic" "alerts" { # want AWS-141 "kms_master_key_id is not set"
  name = "alerts"
}

resource "aws_sns_topic" "empty_key" {
  name              = "orders"
  kms_master_key_id = "" # want AWS-141
}

resource "aws_sns_topic" "many" { # want AWS-141
  for_each = toset(["billing", "audit"])
  name     = each.key
}
