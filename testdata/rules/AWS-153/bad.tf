resource "aws_ssm_parameter" "db_password" {
  name  = "/app/db/password"
  type  = "String" # want AWS-153 "name \"/app/db/password\" and type = \"String\""
  value = "example-only"
}

resource "aws_ssm_parameter" "api_key" {
  name  = "/app/stripe/apiKey"
  type  = "StringList" # want AWS-153
  value = "a,b"
}

resource "aws_ssm_parameter" "tokens" {
  for_each = toset(["github", "slack"])
  name     = "/ci/${each.key}_token"
  type     = "String" # want AWS-153 "github_token" AWS-153 "slack_token"
  value    = "example-only"
}
