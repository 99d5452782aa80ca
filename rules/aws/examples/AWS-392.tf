resource "aws_directory_service_directory" "corp" {
  name     = "corp.example.com"
  password = var.directory_admin_password
  type     = "MicrosoftAD"
  edition  = "Standard"

  vpc_settings {
    vpc_id     = var.vpc_id
    subnet_ids = var.private_subnet_ids
  }
}

resource "aws_cloudwatch_log_group" "directory" {
  name              = "/aws/directoryservice/${aws_directory_service_directory.corp.id}"
  retention_in_days = 365
}

data "aws_iam_policy_document" "ds_logs" {
  statement {
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.directory.arn}:*"]
    principals {
      type        = "Service"
      identifiers = ["ds.amazonaws.com"]
    }
  }
}

resource "aws_cloudwatch_log_resource_policy" "ds" {
  policy_name     = "ds-to-cloudwatch"
  policy_document = data.aws_iam_policy_document.ds_logs.json
}

resource "aws_directory_service_log_subscription" "corp" {
  directory_id   = aws_directory_service_directory.corp.id
  log_group_name = aws_cloudwatch_log_group.directory.name
}
