resource "aws_cloudwatch_log_group" "search_audit" {
  name              = "/aws/opensearch/search/audit"
  retention_in_days = 365
}

resource "aws_opensearch_domain" "search" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.13"

  advanced_security_options {
    enabled = true
    master_user_options {
      master_user_arn = "arn:aws:iam::111122223333:role/search-admin"
    }
  }

  log_publishing_options {
    log_type                 = "AUDIT_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.search_audit.arn
  }
}
