resource "aws_kms_key" "reports" {
  description         = "build reports"
  enable_key_rotation = true
}

variable "reports_bucket" {
  description = "Bucket, managed elsewhere, that archives build reports"
  type        = string
  default     = "build-reports-archive"
}

resource "aws_codebuild_report_group" "unit" {
  name = "unit-tests"
  type = "TEST"

  export_config {
    type = "S3"

    s3_destination {
      bucket         = var.reports_bucket
      encryption_key = aws_kms_key.reports.arn
      packaging      = "ZIP"
      path           = "/unit"
    }
  }
}

# Reports kept in CodeBuild are not exported to S3.
resource "aws_codebuild_report_group" "smoke" {
  name = "smoke-tests"
  type = "TEST"

  export_config {
    type = "NO_EXPORT"
  }
}
