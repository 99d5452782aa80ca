resource "aws_bedrockagentcore_memory" "support" {
  name                  = "support_agent_memory"
  event_expiry_duration = 30
  encryption_key_arn    = aws_kms_key.agents.arn
}

resource "aws_cloudtrail_event_data_store" "audit" {
  name       = "audit-lake"
  kms_key_id = aws_kms_key.audit.arn
}
