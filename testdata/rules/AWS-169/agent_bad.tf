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

resource "aws_iam_role" "agent" {
  name = "bedrock-agent"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "bedrock.amazonaws.com" }
    }]
  })
}

resource "aws_bedrockagent_agent" "support" { # want AWS-169 "customer_encryption_key_arn is not set"
  agent_name              = "support-agent"
  agent_resource_role_arn = aws_iam_role.agent.arn
  foundation_model        = "anthropic.claude-3-5-sonnet-20240620-v1:0"
  instruction             = "Answer questions about orders placed by the signed-in customer."
}

variable "guardrail_keys" {
  type = map(string)
  default = {
    public   = ""
    internal = "alias/aws/bedrock"
  }
}

resource "aws_bedrock_guardrail" "pii" {
  for_each                  = var.guardrail_keys
  name                      = "pii-${each.key}"
  blocked_input_messaging   = "This request cannot be processed."
  blocked_outputs_messaging = "This answer cannot be shown."
  kms_key_arn               = each.value # want AWS-169 "AWS managed key" # want AWS-169

  sensitive_information_policy_config {
    pii_entities_config {
      action = "BLOCK"
      type   = "EMAIL"
    }
  }
}

resource "aws_bedrockagent_data_source" "docs" { # want AWS-169
  knowledge_base_id = "ABCDEFGHIJ"
  name              = "product-docs"

  data_source_configuration {
    type = "S3"
    s3_configuration {
      bucket_arn = "arn:aws:s3:::example-product-docs"
    }
  }
}
