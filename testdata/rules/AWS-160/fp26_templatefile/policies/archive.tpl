{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "CloudTrailWrite",
      "Effect": "Allow",
      "Principal": { "Service": "cloudtrail.amazonaws.com" },
      "Action": "s3:PutObject",
      "Resource": "${bucket_arn}/AWSLogs/*"
    },
    {
      "Sid": "OrgRead",
      "Effect": "Allow",
      "Principal": "*",
      "Action": ["s3:GetBucketLocation", "s3:GetBucketAcl"],
      "Resource": "${bucket_arn}",
      "Condition": { "StringEquals": { "aws:PrincipalOrgID": "${org_id}" } }
    },
    {
      "Sid": "DenyInsecureTransport",
      "Effect": "Deny",
      "Principal": "*",
      "Action": "s3:*",
      "Resource": ["${bucket_arn}", "${bucket_arn}/*"],
      "Condition": { "Bool": { "aws:SecureTransport": "false" } }
    }
  ]
}
