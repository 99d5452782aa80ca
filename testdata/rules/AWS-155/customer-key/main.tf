# With require-customer-key, query results must be encrypted with a
# customer managed KMS key: SSE_S3 (keys S3 owns) and the AWS managed
# aws/s3 key are reported; a key this configuration creates, or one another
# stack created and a data source finds by its alias, is not.
resource "aws_kms_key" "athena" {
  description         = "athena query results"
  enable_key_rotation = true
}

resource "aws_athena_workgroup" "s3_keys" {
  name = "s3-keys"

  configuration {
    enforce_workgroup_configuration = true
    result_configuration {
      output_location = "s3://query-results-bucket/s3-keys/"
      encryption_configuration {
        encryption_option = "SSE_S3" # want AWS-155 "customer managed KMS key"
      }
    }
  }
}

data "aws_kms_alias" "s3" {
  name = "alias/aws/s3"
}

resource "aws_athena_workgroup" "aws_managed" {
  name = "aws-managed"

  configuration {
    enforce_workgroup_configuration = true
    result_configuration {
      output_location = "s3://query-results-bucket/aws-managed/"
      encryption_configuration {
        encryption_option = "SSE_KMS"
        kms_key_arn       = data.aws_kms_alias.s3.arn # want AWS-155 "names the AWS managed key"
      }
    }
  }
}

resource "aws_athena_workgroup" "unencrypted" {
  name = "unencrypted"

  configuration {
    result_configuration { # want AWS-155 "encryption_option is not set"
      output_location = "s3://query-results-bucket/unencrypted/"
    }
  }
}

resource "aws_athena_workgroup" "own_key" {
  name = "own-key"

  configuration {
    enforce_workgroup_configuration = true
    result_configuration {
      output_location = "s3://query-results-bucket/own-key/"
      encryption_configuration {
        encryption_option = "CSE_KMS"
        kms_key_arn       = aws_kms_key.athena.arn
      }
    }
  }
}

data "aws_kms_key" "platform" {
  key_id = "alias/platform-athena"
}

resource "aws_athena_workgroup" "platform_key" {
  name = "platform-key"

  configuration {
    enforce_workgroup_configuration = true
    result_configuration {
      output_location = "s3://query-results-bucket/platform-key/"
      encryption_configuration {
        encryption_option = "SSE_KMS"
        kms_key_arn       = data.aws_kms_key.platform.arn
      }
    }
  }
}

resource "aws_athena_database" "events" {
  name   = "events"
  bucket = "query-results-bucket"

  encryption_configuration {
    encryption_option = "SSE_S3" # want AWS-155 "customer managed KMS key"
  }
}

resource "aws_athena_database" "audit" {
  name   = "audit"
  bucket = "query-results-bucket"

  encryption_configuration {
    encryption_option = "SSE_KMS"
    kms_key           = aws_kms_key.athena.arn
  }
}
