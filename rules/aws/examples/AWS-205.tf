resource "aws_opensearchserverless_security_policy" "logs" {
  name = "logs-network"
  type = "network"
  policy = jsonencode([{
    Rules = [
      { ResourceType = "collection", Resource = ["collection/logs"] },
      { ResourceType = "dashboard", Resource = ["collection/logs"] },
    ]
    AllowFromPublic = false
    SourceVPCEs     = [aws_opensearchserverless_vpc_endpoint.logs.id]
  }])
}
