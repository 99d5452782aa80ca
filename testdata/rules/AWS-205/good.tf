variable "collection" {
  type    = string
  default = "logs"
}

# Collections reachable only through a VPC endpoint; dashboards too.
resource "aws_opensearchserverless_security_policy" "logs" {
  name = "logs-network"
  type = "network"
  policy = jsonencode([
    {
      Rules = [
        { ResourceType = "collection", Resource = ["collection/${var.collection}"] },
        { ResourceType = "dashboard", Resource = ["collection/${var.collection}"] },
      ]
      AllowFromPublic = false
      SourceVPCEs     = ["vpce-0a1b2c3d4e5f6a7b8"]
    }
  ])
}

# An encryption policy has no network rules.
resource "aws_opensearchserverless_security_policy" "logs_encryption" {
  name = "logs-encryption"
  type = "encryption"
  policy = jsonencode({
    Rules       = [{ ResourceType = "collection", Resource = ["collection/logs"] }]
    AWSOwnedKey = false
    KmsARN      = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  })
}
