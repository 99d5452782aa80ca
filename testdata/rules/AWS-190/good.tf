resource "aws_cloudwatch_log_group" "dns" {
  name              = "/aws/route53/example.com"
  retention_in_days = 365
  kms_key_id        = "arn:aws:kms:us-east-1:111122223333:key/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d"
}

resource "aws_route53_zone" "public" {
  name = "example.com"
}

resource "aws_route53_query_log" "public" {
  depends_on               = [aws_cloudwatch_log_group.dns]
  cloudwatch_log_group_arn = aws_cloudwatch_log_group.dns.arn
  zone_id                  = aws_route53_zone.public.zone_id
}

# Private zones are logged by Route 53 Resolver query logging.
resource "aws_route53_zone" "private" {
  name = "internal.example.com"

  vpc {
    vpc_id = "vpc-0123456789abcdef0"
  }
}
