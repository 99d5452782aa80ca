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

resource "aws_bedrockagent_agent" "support" {
  agent_name                  = "support-agent"
  agent_resource_role_arn     = "arn:aws:iam::111122223333:role/bedrock-agent"
  foundation_model            = "anthropic.claude-3-5-sonnet-20240620-v1:0"
  customer_encryption_key_arn = aws_kms_key.agents.arn
}

variable "guardrail_key_arn" {
  type    = string
  default = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_bedrock_guardrail" "pii" {
  name                      = "pii"
  blocked_input_messaging   = "This request cannot be processed."
  blocked_outputs_messaging = "This answer cannot be shown."
  kms_key_arn               = var.guardrail_key_arn

  sensitive_information_policy_config {
    pii_entities_config {
      action = "BLOCK"
      type   = "EMAIL"
    }
  }
}

resource "aws_bedrockagent_data_source" "docs" {
  knowledge_base_id = "ABCDEFGHIJ"
  name              = "product-docs"

  data_source_configuration {
    type = "S3"
    s3_configuration {
      bucket_arn = "arn:aws:s3:::example-product-docs"
    }
  }

  server_side_encryption_configuration {
    kms_key_arn = aws_kms_key.agents.arn
  }
}
