resource "aws_codebuild_project" "build" {
  name         = "build"
  service_role = "arn:aws:iam::111122223333:role/codebuild"

  artifacts {
    type                = "S3"
    location            = "acme-artifacts"
    encryption_disabled = true # want AWS-162 "artifacts.encryption_disabled = true"
  }

  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }

  source {
    type     = "GITHUB"
    location = "https://github.com/acme/app.git"
  }
}

resource "aws_codebuild_project" "logs" {
  name         = "logs"
  service_role = "arn:aws:iam::111122223333:role/codebuild"

  artifacts {
    type = "NO_ARTIFACTS"
  }

  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }

  logs_config {
    s3_logs {
      status              = "ENABLED"
      location            = "acme-build-logs/build"
      encryption_disabled = true # want AWS-162
    }
  }

  source {
    type     = "GITHUB"
    location = "https://github.com/acme/app.git"
  }
}

# Each secondary artifact is judged: the second one here is unencrypted.
resource "aws_codebuild_project" "multi" {
  name         = "multi"
  service_role = "arn:aws:iam::111122223333:role/codebuild"

  artifacts {
    type = "NO_ARTIFACTS"
  }

  secondary_artifacts {
    artifact_identifier = "reports"
    type                = "S3"
    location            = "acme-reports"
  }

  secondary_artifacts {
    artifact_identifier = "bundle"
    type                = "S3"
    location            = "acme-bundles"
    encryption_disabled = true # want AWS-162
  }

  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }

  source {
    type     = "GITHUB"
    location = "https://github.com/acme/app.git"
  }
}

# Test reports exported to S3 with encryption turned off.
resource "aws_codebuild_report_group" "tests" {
  name = "integration-tests"
  type = "TEST"

  export_config {
    type = "S3"
    s3_destination {
      bucket              = "acme-test-reports"
      encryption_key      = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
      encryption_disabled = true # want AWS-162 "exported reports"
      packaging           = "ZIP"
      path                = "/integration"
    }
  }
}
