# The release role manages the policy of its own artifact bucket only.
data "aws_iam_policy_document" "release" {
  statement {
    actions   = ["s3:GetObject", "s3:PutObject"]
    resources = ["arn:aws:s3:::release-artifacts/*"]
  }
  statement {
    actions   = ["s3:PutBucketPolicy"]
    resources = ["arn:aws:s3:::release-artifacts"]
  }
}

resource "aws_iam_policy" "release" {
  name   = "release"
  policy = data.aws_iam_policy_document.release.json
}

# Grants for AWS services only, as the EBS and Auto Scaling guides show.
resource "aws_iam_role_policy" "ebs" {
  role = "autoscaling"
  policy = jsonencode({ # want AWS-361
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["kms:Decrypt", "kms:GenerateDataKey*"]
        Resource = "*"
      },
      {
        Effect    = "Allow"
        Action    = "kms:CreateGrant"
        Resource  = "*"
        Condition = { Bool = { "kms:GrantIsForAWSResource" = "true" } }
      }
    ]
  })
}

# Reading policies is not changing them.
resource "aws_iam_role_policy" "audit" {
  role = "auditor"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:GetBucketPolicy", "s3:GetBucketAcl", "kms:GetKeyPolicy", "ec2:DescribeSnapshotAttribute"]
      Resource = "*"
    }]
  })
}
