resource "aws_iam_user" "ci" { # want AWS-031
  name = "ci"
}

resource "aws_iam_user_policy" "ci_deploy" { # want AWS-211
  name = "deploy"
  user = aws_iam_user.ci.name
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["ecr:PutImage"], Resource = "arn:aws:ecr:eu-west-1:123456789012:repository/app" }]
  })
}

resource "aws_iam_user_policy_attachment" "ci_read" { # want AWS-211
  user       = aws_iam_user.ci.name
  policy_arn = "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess"
}

resource "aws_iam_policy_attachment" "shared" {
  name       = "shared"
  users      = [aws_iam_user.ci.name] # want AWS-211
  groups     = ["developers"]
  policy_arn = "arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess"
}
