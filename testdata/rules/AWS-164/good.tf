# With require-customer-key (.rule-options): tables on a key the module
# creates, or on a customer managed key named by ARN.
resource "aws_kms_key" "tables" {
  description         = "DynamoDB tables"
  enable_key_rotation = true
}

resource "aws_kms_alias" "tables" {
  name          = "alias/orders-tables"
  target_key_id = aws_kms_key.tables.key_id
}

resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.tables.arn
  }
}

variable "tables" {
  type = map(object({ hash_key = string }))
  default = {
    events   = { hash_key = "event_id" }
    sessions = { hash_key = "session_id" }
  }
}

resource "aws_dynamodb_table" "per_team" {
  for_each     = var.tables
  name         = each.key
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = each.value.hash_key

  attribute {
    name = each.value.hash_key
    type = "S"
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_alias.tables.arn
  }
}

variable "shared_key_arn" {
  type    = string
  default = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_dynamodb_table" "shared" {
  name         = "shared"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = var.shared_key_arn
  }
}
