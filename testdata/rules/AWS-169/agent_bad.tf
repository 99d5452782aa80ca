resource "aws_bedrockagentcore_memory" "support" { # want AWS-169 "encryption_key_arn is not set"
  name                  = "support_agent_memory"
  event_expiry_duration = 30
}

resource "aws_bedrockagentcore_memory" "sales" {
  name                  = "sales_agent_memory"
  event_expiry_duration = 90
  encryption_key_arn    = "arn:aws:kms:eu-west-1:111122223333:alias/aws/bedrock" # want AWS-169 "AWS managed key"
}

resource "aws_bedrockagentcore_gateway" "tools" { # want AWS-169
  name            = "tools"
  role_arn        = "arn:aws:iam::111122223333:role/agentcore-gateway"
  authorizer_type = "AWS_IAM"
  protocol_type   = "MCP"
}

resource "aws_cloudtrail_event_data_store" "audit" { # want AWS-169
  name                 = "audit-lake"
  retention_period     = 2557
  termination_protection_enabled = true
}

variable "memory_key_arn" {
  type = string
}

resource "aws_bedrockagentcore_memory" "billing" {
  name                  = "billing_agent_memory"
  event_expiry_duration = 30
  encryption_key_arn    = var.memory_key_arn # want-note AWS-169
}
