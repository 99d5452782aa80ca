resource "aws_kms_key" "agents" {
  description         = "Bedrock AgentCore data"
  enable_key_rotation = true
}

resource "aws_kms_alias" "agents" {
  name          = "alias/agentcore"
  target_key_id = aws_kms_key.agents.key_id
}

resource "aws_bedrockagentcore_memory" "support" {
  for_each              = toset(["support", "sales"])
  name                  = "${each.key}_agent_memory"
  event_expiry_duration = 30
  encryption_key_arn    = aws_kms_key.agents.arn
}

resource "aws_bedrockagentcore_gateway" "tools" {
  name            = "tools"
  role_arn        = "arn:aws:iam::111122223333:role/agentcore-gateway"
  authorizer_type = "AWS_IAM"
  protocol_type   = "MCP"
  kms_key_arn     = aws_kms_alias.agents.arn
}

resource "aws_cloudtrail_event_data_store" "audit" {
  name       = "audit-lake"
  kms_key_id = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}
