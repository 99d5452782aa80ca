resource "aws_iam_policy" "admin_heredoc" {
  name   = "admin"
  policy = <<EOT
{
  "Version": "2012-10-17",
  "Statement": [
    {"Effect": "Allow", "Action": "*", "Resource": "*"}
  ]
}
EOT
}
