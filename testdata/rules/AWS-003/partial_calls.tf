# Administrator policy ARNs assembled by format() and join() around a
# partition that is not known statically.
variable "partition" {
  type = string
}

locals {
  # A partly known local, spliced in later.
  policy_path = "iam::aws:policy/${"Administrator"}Access"
}

resource "aws_iam_role" "ops" {
  name               = "ops"
  assume_role_policy = "{}"
}

resource "aws_iam_role_policy_attachment" "format" {
  role       = aws_iam_role.ops.name
  policy_arn = format("arn:%s:iam::aws:policy/AdministratorAccess", var.partition) # want AWS-003
}

resource "aws_iam_role_policy_attachment" "join" {
  role       = aws_iam_role.ops.name
  policy_arn = join(":", ["arn", var.partition, "iam::aws:policy/AdministratorAccess"]) # want AWS-003
}

resource "aws_iam_role_policy_attachment" "nested" {
  role       = aws_iam_role.ops.name
  policy_arn = "${format("arn:%s", var.partition)}:${local.policy_path}" # want AWS-003
}

resource "aws_iam_role" "power" {
  name                = "power"
  assume_role_policy  = "{}"
  managed_policy_arns = [join("", ["arn:", var.partition, ":iam::aws:policy/PowerUserAccess"])] # want AWS-003
}
