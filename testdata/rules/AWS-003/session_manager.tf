# The Session Manager agent policy: ssmmessages and ec2messages have no
# resource-level permissions, so "*" is the only resource they accept.
resource "aws_iam_role_policy" "ssm_agent" {
  name = "ssm-agent"
  role = "app"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["ssmmessages:*", "ec2messages:*"]
      Resource = "*"
    }]
  })
}

# A wildcard over every action is still all actions.
resource "aws_iam_role_policy" "everything" {
  name = "everything"
  role = "app"
  policy = jsonencode({ # want AWS-003
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["ssmmessages:*", "*"]
      Resource = "*"
    }]
  })
}
