# A key read through a KMS data source that names it by an alias the
# account created: a customer managed key.
data "aws_kms_key" "team" {
  key_id = "alias/team-tables"
}

resource "aws_dynamodb_table" "team_by_lookup" {
  name         = "lookup-team"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  point_in_time_recovery {
    enabled = true
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = data.aws_kms_key.team.arn
  }
}
