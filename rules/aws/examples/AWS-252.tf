data "aws_iam_policy_document" "deploy" {
  statement {
    actions   = ["lambda:UpdateFunctionCode", "lambda:PublishVersion"]
    resources = ["arn:aws:lambda:eu-west-1:111122223333:function:orders-*"]
  }
}
