# A heredoc policy that interpolates the bucket's ARN: its statements are
# read around the unknown piece. A principal ARN pattern whose account is a
# wildcard limits no one.
resource "aws_s3_bucket" "heredoc_public" { # want AWS-005 AWS-006 AWS-007 AWS-008 AWS-160
  bucket = "soc2lint-004-heredoc-public"
}

resource "aws_s3_bucket_policy" "heredoc_public" {
  bucket = aws_s3_bucket.heredoc_public.id
  policy = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": "*",
      "Action": "s3:GetObject",
      "Resource": "${aws_s3_bucket.heredoc_public.arn}/*",
      "Condition": {"ArnLike": {"aws:PrincipalArn": "arn:aws:iam::*:role/reader"}}
    }
  ]
}
POLICY
}
