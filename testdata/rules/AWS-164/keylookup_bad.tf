# A key read through a KMS data source that names the AWS managed key
# alias/aws/dynamodb is not a customer managed key (perf28a: AWS-164 reads
# these data sources under require-customer-key).
data "aws_kms_alias" "dynamodb_managed" {
  name = "alias/aws/dynamodb"
}

resource "aws_dynamodb_table" "managed_by_lookup" {
  name         = "lookup-managed"
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
    kms_key_arn = data.aws_kms_alias.dynamodb_managed.target_key_arn # want AWS-164 "AWS managed key \"alias/aws/dynamodb\""
  }
}
