resource "aws_cloudwatch_event_bus" "orders" {
  name = "orders"
}

data "aws_organizations_organization" "current" {}

data "aws_iam_policy_document" "orders_bus" {
  statement {
    sid     = "OrganizationPuts"
    actions = ["events:PutEvents"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
    resources = [aws_cloudwatch_event_bus.orders.arn]
    condition {
      test     = "StringEquals"
      variable = "aws:PrincipalOrgID"
      values   = [data.aws_organizations_organization.current.id]
    }
  }
}

resource "aws_cloudwatch_event_bus_policy" "orders" {
  policy         = data.aws_iam_policy_document.orders_bus.json
  event_bus_name = aws_cloudwatch_event_bus.orders.name
}

# A named account, and every account of the organization.
resource "aws_cloudwatch_event_permission" "billing" {
  principal      = "111122223333"
  statement_id   = "Billing"
  event_bus_name = aws_cloudwatch_event_bus.orders.name
}

resource "aws_cloudwatch_event_permission" "organization" {
  principal      = "*"
  statement_id   = "Organization"
  event_bus_name = aws_cloudwatch_event_bus.orders.name

  condition {
    key   = "aws:PrincipalOrgID"
    type  = "StringEquals"
    value = data.aws_organizations_organization.current.id
  }
}
