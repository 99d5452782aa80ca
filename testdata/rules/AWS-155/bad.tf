resource "aws_athena_workgroup" "analysts" {
  name = "analysts"

  configuration {
    result_configuration { # want AWS-155 "encryption_option is not set"
      output_location = "s3://query-results-bucket/analysts/"
    }
  }
}

# Encrypted results, but each query may replace the workgroup's settings.
resource "aws_athena_workgroup" "override" {
  name = "override"

  configuration {
    enforce_workgroup_configuration = false # want AWS-255
    result_configuration {
      output_location = "s3://query-results-bucket/override/"
      encryption_configuration {
        encryption_option = "SSE_S3"
      }
    }
  }
}

resource "aws_athena_workgroup" "managed_off" {
  name = "managed-off"

  configuration {
    managed_query_results_configuration {
      enabled = false
    }
    result_configuration { # want AWS-155
      output_location = "s3://query-results-bucket/managed-off/"
    }
  }
}

resource "aws_athena_database" "events" { # want AWS-155
  name   = "events"
  bucket = "query-results-bucket"
}
