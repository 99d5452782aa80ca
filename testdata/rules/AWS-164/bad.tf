resource "aws_dynamodb_table" "orders" { # want AWS-164 "server_side_encryption.enabled is not set"
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_dynamodb_table" "owned" {
  name         = "owned"
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
