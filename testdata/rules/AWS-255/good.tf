resource "aws_kms_key" "athena" {
  description         = "athena query results"
  enable_key_rotation = true
}

resource "aws_athena_workgroup" "analysts" {
  name = "analysts"

  configuration {
    enforce_workgroup_configuration = true

    result_configuration {
      output_location = "s3://acme-athena-results/analysts/"
      encryption_configuration {
        encryption_option = "SSE_KMS"
        kms_key_arn       = aws_kms_key.athena.arn
      }
    }
  }
}

# The provider's default for enforce_workgroup_configuration is true.
resource "aws_athena_workgroup" "reports" {
  name = "reports"

  configuration {
    result_configuration {
      output_location = "s3://acme-athena-results/reports/"
      encryption_configuration {
        encryption_option = "SSE_S3"
      }
    }
  }
}

# Results in Athena managed storage are always encrypted, whatever the client asks.
resource "aws_athena_workgroup" "managed" {
  name = "managed"

  configuration {
    enforce_workgroup_configuration = false
    managed_query_results_configuration {
      enabled = true
    }
  }
}
