variable "reports_bucket" {
  description = "Bucket, managed elsewhere, that archives build reports"
  type        = string
  default     = "build-reports-archive"
}

# Exported reports encrypted with the AWS managed aws/s3 key, the default.
resource "aws_codebuild_report_group" "unit" {
  name = "unit-tests"
  type = "TEST"

  export_config {
    type = "S3"

    s3_destination { # want AWS-169 "export_config.s3_destination.encryption_key is not set"
      bucket    = var.reports_bucket
      packaging = "ZIP"
      path      = "/unit"
    }
  }
}

data "aws_kms_key" "s3_managed" {
  key_id = "alias/aws/s3"
}

resource "aws_codebuild_report_group" "coverage" {
  name = "coverage"
  type = "CODE_COVERAGE"

  export_config {
    type = "S3"

    s3_destination {
      bucket              = var.reports_bucket
      encryption_disabled = false
      encryption_key      = data.aws_kms_key.s3_managed.arn # want AWS-169 "names the AWS managed key"
      packaging           = "NONE"
      path                = "/coverage"
    }
  }
}
