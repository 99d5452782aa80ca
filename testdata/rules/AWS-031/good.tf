# Workloads assume roles; people sign in through IAM Identity Center.
resource "aws_iam_role" "app" {
  name = "app"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "ec2.amazonaws.com" }
    }]
  })
}

# Reading an existing user is not declaring one.
data "aws_iam_user" "legacy" {
  user_name = "legacy"
}

# No user when the variable is false.
variable "create_legacy_user" {
  type    = bool
  default = false
}

resource "aws_iam_user" "legacy" {
  count = var.create_legacy_user ? 1 : 0
  name  = "legacy"
}
