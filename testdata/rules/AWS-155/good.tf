resource "aws_kms_key" "athena" {
  description         = "athena"
  enable_key_rotation = true
}

resource "aws_athena_workgroup" "analysts" {
  name = "analysts"

  configuration {
    enforce_workgroup_configuration    = true
    publish_cloudwatch_metrics_enabled = true
    result_configuration {
      output_location = "s3://query-results-bucket/analysts/"
      encryption_configuration {
        encryption_option = "SSE_KMS"
        kms_key_arn       = aws_kms_key.athena.arn
      }
    }
  }
}

# Managed query results are always encrypted, with an AWS owned key unless one is named.
resource "aws_athena_workgroup" "managed" {
  name = "managed"

  configuration {
    managed_query_results_configuration {
      enabled = true
    }
  }
}

resource "aws_athena_database" "events" {
  name   = "events"
  bucket = "query-results-bucket"

  encryption_configuration {
    encryption_option = "SSE_KMS"
    kms_key           = aws_kms_key.athena.arn
  }
}

# The workgroup's result settings apply: the workgroup is judged.
resource "aws_athena_database" "audit" {
  name      = "audit"
  bucket    = "query-results-bucket"
  workgroup = "primary"
}
