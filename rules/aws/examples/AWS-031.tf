# People: an IAM Identity Center permission set instead of aws_iam_user.
resource "aws_ssoadmin_permission_set" "developers" {
  name             = "Developers"
  instance_arn     = tolist(data.aws_ssoadmin_instances.main.arns)[0]
  session_duration = "PT8H"
}

# Workloads: a role assumed by the service instead of a user's access keys.
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
