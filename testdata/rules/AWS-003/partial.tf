# ARNs whose partition is not known statically: the known text around it is
# enough to tell an AWS managed policy.
data "aws_partition" "current" {}

locals {
  admin_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AdministratorAccess"
}

resource "aws_iam_role" "ops" {
  name               = "ops"
  assume_role_policy = "{}"
}

resource "aws_iam_role_policy_attachment" "admin" {
  role       = aws_iam_role.ops.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AdministratorAccess" # want AWS-003
}

resource "aws_iam_role_policy_attachment" "via_local" {
  role       = aws_iam_role.ops.name
  policy_arn = local.admin_arn # want AWS-003
}

resource "aws_iam_role" "power" {
  name               = "power"
  assume_role_policy = "{}"
  managed_policy_arns = [
    "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess",
    "arn:${data.aws_partition.current.partition}:iam::aws:policy/PowerUserAccess", # want AWS-003
  ]
}
