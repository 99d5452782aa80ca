# Without require-customer-key (the default): every table is encrypted at
# rest, so neither the AWS owned key (no block, or enabled = false) nor the
# AWS managed key is reported.
resource "aws_dynamodb_table" "aws_owned" {
  name         = "aws-owned"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
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
    enabled = false
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

  server_side_encryption {
    enabled = true
  }
}
