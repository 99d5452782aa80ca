resource "aws_codebuild_project" "build" {
  name           = "build"
  service_role   = "arn:aws:iam::111122223333:role/codebuild"
  encryption_key = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"

  artifacts {
    type     = "S3"
    location = "acme-artifacts"
  }

  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }

  logs_config {
    s3_logs {
      status   = "ENABLED"
      location = "acme-build-logs/build"
    }
  }

  source {
    type     = "GITHUB"
    location = "https://github.com/acme/app.git"
  }
}

# A test project writes no artifacts: encryption_disabled has nothing to turn off.
resource "aws_codebuild_project" "test" {
  name         = "test"
  service_role = "arn:aws:iam::111122223333:role/codebuild"

  artifacts {
    type                = "NO_ARTIFACTS"
    encryption_disabled = true
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

resource "aws_codebuild_project" "multi" {
  name         = "multi"
  service_role = "arn:aws:iam::111122223333:role/codebuild"

  artifacts {
    type = "NO_ARTIFACTS"
  }

  dynamic "secondary_artifacts" {
    for_each = toset(["reports", "bundle"])
    content {
      artifact_identifier = secondary_artifacts.value
      type                = "S3"
      location            = "acme-${secondary_artifacts.value}"
      encryption_disabled = false
    }
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

resource "aws_codebuild_report_group" "tests" {
  for_each = toset(["unit", "integration"])
  name     = "${each.key}-tests"
  type     = "TEST"

  export_config {
    type = "S3"
    s3_destination {
      bucket         = "acme-test-reports"
      encryption_key = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
      packaging      = "NONE"
      path           = "/${each.key}"
    }
  }
}

# Reports kept in CodeBuild: nothing is exported.
resource "aws_codebuild_report_group" "coverage" {
  name = "coverage"
  type = "CODE_COVERAGE"

  export_config {
    type = "NO_EXPORT"
  }
}
