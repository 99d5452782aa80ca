resource "aws_iam_role_policy" "s3_all" {
  role = "app"
  policy = jsonencode({ # want AWS-003
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:*"]
      Resource = "*"
    }]
  })
}

resource "aws_iam_user_policy" "json_string" { # want AWS-211
  user   = "bob"
  policy = "{\"Statement\":{\"Effect\":\"Allow\",\"Action\":[\"ec2:Describe*\",\"iam:*\"],\"Resource\":[\"*\"]}}" # want AWS-003
}

resource "aws_iam_role_policy_attachment" "admin" {
  role       = "app"
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess" # want AWS-003
}

resource "aws_iam_role" "power" {
  name                = "power"
  assume_role_policy  = "{}"
  managed_policy_arns = ["arn:aws:iam::aws:policy/job-function/ViewOnlyAccess", "arn:aws-us-gov:iam::aws:policy/PowerUserAccess"] # want AWS-003
}

data "aws_iam_policy_document" "wide" {
  statement {
    actions   = ["*"] # want AWS-003
    resources = ["*"]
  }
}

# An IAM Identity Center permission set's inline policy is an identity
# policy of every user the set is assigned to.
resource "aws_ssoadmin_permission_set_inline_policy" "ops" {
  instance_arn       = "arn:aws:sso:::instance/ssoins-0123456789abcdef"
  permission_set_arn = "arn:aws:sso:::permissionSet/ssoins-0123456789abcdef/ps-0123456789abcdef"
  inline_policy      = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"cloudwatch:GetMetricData\",\"ec2:*\"],\"Resource\":\"*\"}]}" # want AWS-003
}

# A doubled star is the same wildcard: IAM matches "kms:**" as "kms:*".
resource "aws_iam_role_policy" "keys" {
  name = "keys"
  role = "app"
  policy = jsonencode({ # want AWS-003
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["kms:**"], Resource = "*" }]
  })
}

# A Deny that cancels only part of the grant leaves the wildcard reported:
# one of two services, a narrower pattern, a condition, or a NotAction that
# spares an action of the same service.
resource "aws_iam_policy" "half_cancelled" {
  name = "half-cancelled"
  policy = jsonencode({ # want AWS-003
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["lambda:*", "s3:*"], Resource = "*" },
      { Effect = "Deny", Action = "lambda:*", Resource = "*" },
      { Effect = "Deny", Action = "s3:Delete*", Resource = "*" },
      { Effect = "Deny", Action = "s3:*", Resource = "*", Condition = { Bool = { "aws:MultiFactorAuthPresent" = "false" } } },
      { Effect = "Deny", NotAction = ["s3:GetObject"], Resource = "*" },
    ]
  })
}

# The managed policy read through a data source, then attached.
data "aws_iam_policy" "administrator" {
  arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

resource "aws_iam_role_policy_attachment" "break_glass" {
  role       = "break-glass"
  policy_arn = data.aws_iam_policy.administrator.arn # want AWS-003 "AdministratorAccess"
}

# An AWS managed policy that allows every action of a service on all
# resources grants what an inline "s3:*" on "*" grants.
resource "aws_iam_role" "web_proxy" {
  name               = "web-proxy"
  assume_role_policy = "{}"
  managed_policy_arns = [
    "arn:aws:iam::aws:policy/AmazonS3FullAccess", # want AWS-003 "AmazonS3FullAccess, which allows every action"
  ]
}

resource "aws_iam_role_policy_attachments_exclusive" "app" {
  role_name   = "app"
  policy_arns = ["arn:${data.aws_partition.current.partition}:iam::aws:policy/AmazonDynamoDBFullAccess"] # want AWS-003 "AmazonDynamoDBFullAccess"
}

resource "aws_iam_role_policy_attachment" "logs" {
  role       = "app"
  policy_arn = "arn:aws:iam::aws:policy/CloudWatchFullAccess" # want AWS-003
}

data "aws_partition" "current" {}
