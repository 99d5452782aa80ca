# CloudWatch Logs turned off to save on ingestion, and nothing else.
resource "aws_codebuild_project" "deploy" {
  name         = "deploy"
  service_role = "arn:aws:iam::111122223333:role/codebuild-deploy"

  artifacts {
    type = "NO_ARTIFACTS"
  }

  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }

  logs_config {
    cloudwatch_logs {
      status = "DISABLED" # want AWS-322 "neither to CloudWatch Logs nor to S3"
    }
  }

  source {
    type     = "CODECOMMIT"
    location = "https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/infra"
  }
}

# Both destinations written out, both off, from a module-style variable.
variable "s3_logs_status" {
  type    = string
  default = "DISABLED"
}

resource "aws_codebuild_project" "nightly" {
  name         = "nightly"
  service_role = "arn:aws:iam::111122223333:role/codebuild-nightly"

  artifacts {
    type = "NO_ARTIFACTS"
  }

  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }

  logs_config {
    cloudwatch_logs {
      status = "DISABLED" # want AWS-322
    }
    s3_logs {
      status = var.s3_logs_status
    }
  }

  source {
    type     = "CODECOMMIT"
    location = "https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/nightly"
  }
}

variable "cloudwatch_status" {
  type = string
}

resource "aws_codebuild_project" "lint" {
  name         = "lint"
  service_role = "arn:aws:iam::111122223333:role/codebuild-lint"

  artifacts {
    type = "NO_ARTIFACTS"
  }

  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }

  logs_config {
    cloudwatch_logs {
      status = var.cloudwatch_status # want-note AWS-322
    }
  }

  source {
    type     = "CODECOMMIT"
    location = "https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/lint"
  }
}
