resource "aws_opensearchserverless_security_policy" "logs" {
  name = "logs-network"
  type = "network"
  policy = jsonencode([ # want AWS-205
    {
      Rules = [
        { ResourceType = "collection", Resource = ["collection/logs"] },
        { ResourceType = "dashboard", Resource = ["collection/logs"] },
      ]
      AllowFromPublic = true
    }
  ])
}
