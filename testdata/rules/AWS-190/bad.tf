resource "aws_route53_zone" "public" { # want AWS-190 "no aws_route53_query_log names it"
  name = "example.com"
}

# Logs another zone, named by its written-out id.
resource "aws_route53_query_log" "other" {
  cloudwatch_log_group_arn = "arn:aws:logs:us-east-1:111122223333:log-group:/aws/route53/example.org"
  zone_id                  = "Z0123456789ABCDEFGHIJ"
}
