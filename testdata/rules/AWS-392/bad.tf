variable "directory_admin_password" {
  type      = string
  sensitive = true
}

variable "directory_edition" {
  type    = string
  default = "Enterprise"
}

resource "aws_directory_service_directory" "corp" { # want AWS-392
  name     = "corp.example.com"
  password = var.directory_admin_password
  type     = "MicrosoftAD"
  edition  = var.directory_edition

  vpc_settings {
    vpc_id     = "vpc-0a1b2c3d"
    subnet_ids = ["subnet-0a", "subnet-0b"]
  }
}

# A log subscription for another directory does not cover this one.
resource "aws_directory_service_directory" "branch" { # want AWS-392
  name     = "branch.example.com"
  password = var.directory_admin_password
  type     = "MicrosoftAD"
  edition  = "Standard"

  vpc_settings {
    vpc_id     = "vpc-0a1b2c3d"
    subnet_ids = ["subnet-0a", "subnet-0b"]
  }
}

resource "aws_directory_service_directory" "hq" {
  name     = "hq.example.com"
  password = var.directory_admin_password
  type     = "MicrosoftAD"
  edition  = "Standard"

  vpc_settings {
    vpc_id     = "vpc-0a1b2c3d"
    subnet_ids = ["subnet-0a", "subnet-0b"]
  }
}

resource "aws_cloudwatch_log_group" "hq" {
  name              = "/aws/directoryservice/hq"
  retention_in_days = 365
}

resource "aws_directory_service_log_subscription" "hq" {
  directory_id   = aws_directory_service_directory.hq.id
  log_group_name = aws_cloudwatch_log_group.hq.name
}
