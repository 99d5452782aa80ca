# format() and join() whose unknown part may change which policy the ARN
# names, or that name a narrower policy: nothing is reported.
variable "partition" {
  type = string
}

variable "policy" {
  type = string
}

variable "account_id" {
  type = string
}

resource "aws_iam_role" "app" {
  name               = "app"
  assume_role_policy = "{}"
}

resource "aws_iam_role_policy_attachment" "read_only" {
  role       = aws_iam_role.app.name
  policy_arn = format("arn:%s:iam::aws:policy/job-function/ViewOnlyAccess", var.partition)
}

# The policy name is the unknown part.
resource "aws_iam_role_policy_attachment" "chosen" {
  role       = aws_iam_role.app.name
  policy_arn = format("arn:aws:iam::aws:policy/%s", var.policy)
}

# A customer managed policy of that name, in an account not known here.
resource "aws_iam_role_policy_attachment" "customer" {
  role       = aws_iam_role.app.name
  policy_arn = join(":", ["arn", var.partition, "iam", "", var.account_id, "policy/AdministratorAccess"])
}

# The unknown part comes after the name: "AdministratorAccessXYZ" would be
# another policy.
resource "aws_iam_role_policy_attachment" "suffixed" {
  role       = aws_iam_role.app.name
  policy_arn = format("arn:aws:iam::aws:policy/AdministratorAccess%s", var.policy)
}
