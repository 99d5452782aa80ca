resource "aws_kms_key" "search" {
  description         = "OpenSearch Serverless collections"
  enable_key_rotation = true
}

resource "aws_opensearchserverless_security_policy" "logs" {
  name = "logs-encryption"
  type = "encryption"
  policy = jsonencode({
    Rules = [{
      ResourceType = "collection"
      Resource     = ["collection/app-logs", "collection/audit-logs"]
    }]
    AWSOwnedKey = false
    KmsARN      = aws_kms_key.search.arn
  })
}

# A network policy says nothing of keys: not judged here (AWS-205's).
resource "aws_opensearchserverless_security_policy" "logs_network" {
  name = "logs-network"
  type = "network"
  policy = jsonencode([{
    Rules = [{
      ResourceType = "collection"
      Resource     = ["collection/app-logs"]
    }]
    AllowFromPublic = false
    SourceVPCEs     = ["vpce-0123456789abcdef0"]
  }])
}
