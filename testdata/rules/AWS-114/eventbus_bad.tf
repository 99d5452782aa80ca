resource "aws_cloudwatch_event_bus" "orders" {
  name = "orders"
}

data "aws_iam_policy_document" "orders_bus" {
  statement {
    sid     = "AnyAccountPuts"
    actions = ["events:PutEvents"]
    principals {
      type        = "AWS"
      identifiers = ["*"] # want AWS-114 "grants access to any principal"
    }
    resources = [aws_cloudwatch_event_bus.orders.arn]
  }
}

resource "aws_cloudwatch_event_bus_policy" "orders" {
  policy         = data.aws_iam_policy_document.orders_bus.json
  event_bus_name = aws_cloudwatch_event_bus.orders.name
}

variable "partner_principal" {
  type    = string
  default = "*"
}

resource "aws_cloudwatch_event_permission" "partners" {
  principal      = var.partner_principal # want AWS-114 "any AWS account can put events"
  statement_id   = "Partners"
  event_bus_name = aws_cloudwatch_event_bus.orders.name
}
