# A release role that may rewrite the policy or ACL of any bucket.
data "aws_iam_policy_document" "release" {
  statement {
    sid       = "Artifacts"
    actions   = ["s3:GetObject", "s3:PutObject", "s3:PutBucketPolicy"]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "release" {
  name   = "release"
  policy = data.aws_iam_policy_document.release.json # want AWS-293 "s3:PutBucketPolicy on every resource" AWS-215 AWS-295
}

# A wildcard over the Put actions covers the bucket ACL.
resource "aws_iam_role_policy" "uploader" {
  role = "uploader"
  policy = jsonencode({ # want AWS-293 "s3:Put. on every resource .*s3:PutBucketPolicy" AWS-295
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "s3:Put*"
      Resource = "*"
    }]
  })
}

# Grants on any key, without kms:GrantIsForAWSResource.
resource "aws_iam_role_policy" "ebs" {
  role = "autoscaling"
  policy = jsonencode({ # want AWS-293 "kms:CreateGrant" AWS-361
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["kms:CreateGrant", "kms:Decrypt", "kms:GenerateDataKey*"]
      Resource = "*"
    }]
  })
}

# An image pipeline that may share any snapshot or image.
resource "aws_iam_role_policy" "packer" {
  role = "packer"
  policy = jsonencode({ # want AWS-293 "ec2:ModifySnapshotAttribute" AWS-293 "ec2:ModifyImageAttribute"
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["ec2:CreateImage", "ec2:ModifyImageAttribute", "ec2:ModifySnapshotAttribute"]
      Resource = "*"
    }]
  })
}
