# tscan26: a document that names the actions it allows, one whose "*" is
# a Deny, and one used by a policy of the scan (judged on the policy).
data "aws_iam_policy_document" "reports_reader" {
  statement {
    actions   = ["s3:GetObject", "s3:ListBucket"]
    resources = ["arn:aws:s3:::acme-reports", "arn:aws:s3:::acme-reports/*"]
  }
}

data "aws_iam_policy_document" "no_ledger" {
  statement {
    effect    = "Deny"
    actions   = ["*"]
    resources = ["arn:aws:s3:::acme-ledger", "arn:aws:s3:::acme-ledger/*"]
  }
}

data "aws_iam_policy_document" "uploads" {
  statement {
    actions   = ["s3:PutObject"]
    resources = ["arn:aws:s3:::acme-uploads/*"]
  }
}

resource "aws_iam_policy" "uploads" {
  name   = "uploads-writer"
  policy = data.aws_iam_policy_document.uploads.json
}

output "policies" {
  value = [data.aws_iam_policy_document.reports_reader.json, data.aws_iam_policy_document.no_ledger.json]
}
