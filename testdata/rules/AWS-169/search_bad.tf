variable "collections" {
  description = "OpenSearch Serverless collections of the logging platform."
  type        = list(string)
  default     = ["app-logs", "audit-logs"]
}

# The encryption policy every collection needs before it can be created:
# AWSOwnedKey = true leaves the key to AWS.
resource "aws_opensearchserverless_security_policy" "logs" {
  name = "logs-encryption"
  type = "encryption"
  policy = jsonencode({ # want AWS-169 "AWSOwnedKey"
    Rules = [{
      ResourceType = "collection"
      Resource     = [for c in var.collections : "collection/${c}"]
    }]
    AWSOwnedKey = true
  })
}

resource "aws_opensearchserverless_security_policy" "vectors" {
  name        = "vectors-encryption"
  type        = "encryption"
  description = "written as a JSON string"
  policy      = "{\"Rules\":[{\"ResourceType\":\"collection\",\"Resource\":[\"collection/vectors*\"]}],\"AWSOwnedKey\":true}" # want AWS-169
}

resource "aws_opensearchserverless_collection" "app_logs" {
  name       = "app-logs"
  type       = "TIMESERIES"
  depends_on = [aws_opensearchserverless_security_policy.logs]
}
