# With require-customer-key, a table must name a customer managed key:
# the AWS owned key (no server_side_encryption block) and the AWS managed
# key (enabled without a key ARN) are both reported.
resource "aws_kms_key" "data" {
  description         = "tables"
  enable_key_rotation = true
}

resource "aws_dynamodb_table" "aws_owned" { # want AWS-164
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
  point_in_time_recovery {
    enabled = true
  }
}

resource "aws_dynamodb_table" "cmk" {
  name         = "cmk"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.data.arn
  }
  point_in_time_recovery {
    enabled = true
  }
}
