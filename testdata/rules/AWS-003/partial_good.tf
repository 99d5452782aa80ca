# Partly known ARNs that do not name a privileged AWS managed policy, or
# whose unknown part could change what they name: nothing is reported.
data "aws_partition" "current" {}
data "aws_caller_identity" "current" {}

variable "policy_name" {
  type = string
}

resource "aws_iam_role" "app" {
  name               = "app"
  assume_role_policy = "{}"
}

resource "aws_iam_role_policy_attachment" "read_only" {
  role       = aws_iam_role.app.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/job-function/ViewOnlyAccess"
}

# A customer managed policy that happens to be named AdministratorAccess.
resource "aws_iam_role_policy_attachment" "customer" {
  role       = aws_iam_role.app.name
  policy_arn = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:policy/AdministratorAccess"
}

# The policy name itself is unknown.
resource "aws_iam_role_policy_attachment" "chosen" {
  role       = aws_iam_role.app.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/${var.policy_name}"
}
