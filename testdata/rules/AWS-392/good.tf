variable "directory_admin_password" {
  type      = string
  sensitive = true
}

resource "aws_directory_service_directory" "corp" {
  name     = "corp.example.com"
  password = var.directory_admin_password
  type     = "MicrosoftAD"
  edition  = "Standard"

  vpc_settings {
    vpc_id     = "vpc-0a1b2c3d"
    subnet_ids = ["subnet-0a", "subnet-0b"]
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

# Simple AD (the default type) and AD Connector cannot forward logs.
resource "aws_directory_service_directory" "lab" {
  name     = "lab.example.com"
  password = var.directory_admin_password
  size     = "Small"

  vpc_settings {
    vpc_id     = "vpc-0a1b2c3d"
    subnet_ids = ["subnet-0a", "subnet-0b"]
  }
}

resource "aws_directory_service_directory" "onprem" {
  name     = "onprem.example.com"
  password = var.directory_admin_password
  size     = "Small"
  type     = "ADConnector"

  connect_settings {
    customer_dns_ips  = ["10.0.0.10"]
    customer_username = "svc-connector"
    subnet_ids        = ["subnet-0a", "subnet-0b"]
    vpc_id            = "vpc-0a1b2c3d"
  }
}
