# The default: CloudWatch Logs on, no logs_config at all.
resource "aws_codebuild_project" "build" {
  name         = "build"
  service_role = "arn:aws:iam::111122223333:role/codebuild"

  artifacts {
    type = "NO_ARTIFACTS"
  }

  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }

  source {
    type     = "CODECOMMIT"
    location = "https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/app"
  }
}

resource "aws_cloudwatch_log_group" "builds" {
  name              = "/codebuild/release"
  retention_in_days = 365
}

# CloudWatch Logs to a group of its own.
resource "aws_codebuild_project" "release" {
  name         = "release"
  service_role = "arn:aws:iam::111122223333:role/codebuild-release"

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
      group_name = aws_cloudwatch_log_group.builds.name
    }
  }

  source {
    type     = "CODECOMMIT"
    location = "https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/release"
  }
}

# CloudWatch Logs off, the logs kept in S3 instead.
resource "aws_codebuild_project" "archive" {
  name         = "archive"
  service_role = "arn:aws:iam::111122223333:role/codebuild-archive"

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
      status = "DISABLED"
    }
    s3_logs {
      status   = "ENABLED"
      location = "acme-build-logs/archive"
    }
  }

  source {
    type     = "CODECOMMIT"
    location = "https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/archive"
  }
}
