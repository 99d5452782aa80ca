resource "aws_kms_key" "data" {
  description         = "data stores"
  enable_key_rotation = true
}

resource "aws_redshiftserverless_namespace" "analytics" {
  namespace_name = "analytics"
  kms_key_id     = aws_kms_key.data.arn
}

resource "aws_timestreamwrite_database" "metrics" {
  database_name = "metrics"
  kms_key_id    = aws_kms_key.data.arn
}

resource "aws_efs_file_system" "shared" {
  encrypted  = true
  kms_key_id = aws_kms_key.data.arn
}

resource "aws_kinesis_stream" "events" {
  name            = "events"
  shard_count     = 1
  encryption_type = "KMS"
  kms_key_id      = aws_kms_key.data.id
}

resource "aws_cloudtrail_event_data_store" "audit" {
  name       = "audit-lake"
  kms_key_id = aws_kms_key.data.arn
}

resource "aws_bedrockagent_agent" "support" {
  agent_name                  = "support-agent"
  agent_resource_role_arn     = "arn:aws:iam::111122223333:role/bedrock-agent"
  foundation_model            = "anthropic.claude-3-5-sonnet-20240620-v1:0"
  customer_encryption_key_arn = aws_kms_key.data.arn
}

resource "aws_qldb_ledger" "titles" {
  name             = "titles"
  permissions_mode = "STANDARD"
  kms_key          = aws_kms_key.data.arn
}

resource "aws_location_tracker" "fleet" {
  tracker_name = "fleet"
  kms_key_id   = aws_kms_key.data.arn
}
