{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "S3ServerAccessLogs",
      "Effect": "Allow",
      "Principal": { "Service": "logging.s3.amazonaws.com" },
      "Action": "s3:PutObject",
      "Resource": "${bucket_arn}/*",
      "Condition": {
        "ArnLike": { "aws:SourceArn": "${source_arn}" },
        "StringEquals": { "aws:SourceAccount": "${account_id}" }
      }
    }
  ]
}
