resource "aws_iam_group" "deployers" {
  name = "deployers"
}

resource "aws_iam_group_policy_attachment" "deployers" {
  group      = aws_iam_group.deployers.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryPowerUser"
}

resource "aws_iam_role" "deploy" {
  name = "deploy"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::123456789012:root" } }]
  })
}

resource "aws_iam_policy_attachment" "roles" {
  for_each   = toset(["arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess"])
  name       = "roles"
  roles      = [aws_iam_role.deploy.name]
  groups     = [aws_iam_group.deployers.name]
  policy_arn = each.value
}

# A module that takes its user list as a variable and is called for groups
# only: a blank name in the list names no user.
variable "attach_users" {
  type    = list(string)
  default = [""]
}

resource "aws_iam_policy_attachment" "groups_only" {
  name       = "groups-only"
  users      = var.attach_users
  groups     = [aws_iam_group.deployers.name]
  policy_arn = "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess"
}
