resource "aws_kms_key" "athena" {
  description         = "athena query results"
  enable_key_rotation = true
}

resource "aws_athena_workgroup" "adhoc" {
  name = "adhoc"

  configuration {
    enforce_workgroup_configuration    = false # want AWS-255
    publish_cloudwatch_metrics_enabled = true

    result_configuration {
      output_location = "s3://acme-athena-results/adhoc/"
      encryption_configuration {
        encryption_option = "SSE_KMS"
        kms_key_arn       = aws_kms_key.athena.arn
      }
    }
  }
}

variable "teams" {
  type    = set(string)
  default = ["finance", "growth"]
}

variable "enforce" {
  type    = bool
  default = false
}

resource "aws_athena_workgroup" "team" {
  for_each = var.teams
  name     = each.key

  configuration {
    enforce_workgroup_configuration = var.enforce # want AWS-255

    result_configuration {
      output_location = "s3://acme-athena-results/${each.key}/"
      encryption_configuration {
        encryption_option = "SSE_S3"
      }
    }
  }
}
