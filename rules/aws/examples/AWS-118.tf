resource "aws_wafv2_web_acl_association" "graphql" {
  resource_arn = aws_appsync_graphql_api.orders.arn
  web_acl_arn  = aws_wafv2_web_acl.regional.arn
}
