# tscan26: a document no resource of the scan uses (a module that returns
# its JSON for the caller to attach) is judged where it is written.
data "aws_iam_policy_document" "reports_writer" {
  statement {
    sid       = "Reports"
    actions   = ["*"] # want AWS-271 "on arn:aws:s3:::acme-reports and other resources"
    resources = ["arn:aws:s3:::acme-reports", "arn:aws:s3:::acme-reports/*"]
  }
}

output "reports_writer_policy" {
  value = data.aws_iam_policy_document.reports_writer.json
}
