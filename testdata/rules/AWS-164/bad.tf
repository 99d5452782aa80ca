# With require-customer-key (.rule-options), a table must name a customer
# managed key: the AWS owned key (no server_side_encryption block, or
# enabled = false) and the AWS managed key aws/dynamodb (enabled without a
# key ARN, or its alias ARN) are reported.
resource "aws_dynamodb_table" "aws_owned" { # want AWS-164 "server_side_encryption.enabled is not set"
  name         = "aws-owned"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  point_in_time_recovery {
    enabled = true
  }
}

resource "aws_dynamodb_table" "disabled" {
  name         = "disabled"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  server_side_encryption {
    enabled = false # want AWS-164
  }
}

resource "aws_dynamodb_table" "aws_managed" {
  name         = "aws-managed"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  server_side_encryption { # want AWS-164
    enabled = true
  }
}

variable "tables" {
  type    = set(string)
  default = ["events", "sessions"]
}

resource "aws_dynamodb_table" "managed_alias" {
  for_each     = var.tables
  name         = each.key
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = "arn:aws:kms:us-east-1:111122223333:alias/aws/dynamodb" # want AWS-164 "AWS managed"
  }
}

variable "table_key_arn" {
  type = string
}

resource "aws_dynamodb_table" "from_variable" {
  name         = "from-variable"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = var.table_key_arn # want-note AWS-164
  }
}
