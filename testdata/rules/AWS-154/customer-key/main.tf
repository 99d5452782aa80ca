# With require-customer-key, the catalog and every store a security
# configuration encrypts must use a customer managed key: SSE-KMS without a
# key (the AWS managed aws/glue key), SSE-S3 and CloudWatch Logs' own
# encryption are reported; keys this configuration creates are not, and a
# key from a variable without a value is a note.
variable "glue_key_arn" {
  type = string
}

resource "aws_kms_key" "glue" {
  description         = "glue"
  enable_key_rotation = true
}

resource "aws_glue_data_catalog_encryption_settings" "managed_key" {
  data_catalog_encryption_settings {
    encryption_at_rest { # want AWS-154 "sse_aws_kms_key_id is not set"
      catalog_encryption_mode = "SSE-KMS"
    }
    connection_password_encryption {
      return_connection_password_encrypted = true
      aws_kms_key_id                       = aws_kms_key.glue.arn
    }
  }
}

resource "aws_glue_security_configuration" "own_keys" {
  name = "etl-own-keys"

  encryption_configuration {
    cloudwatch_encryption {
      cloudwatch_encryption_mode = "SSE-KMS"
      kms_key_arn                = aws_kms_key.glue.arn
    }
    job_bookmarks_encryption {
      job_bookmarks_encryption_mode = "CSE-KMS"
      kms_key_arn                   = aws_kms_key.glue.arn
    }
    s3_encryption {
      s3_encryption_mode = "SSE-KMS"
      kms_key_arn        = aws_kms_key.glue.arn
    }
  }
}

resource "aws_glue_security_configuration" "logs_unkeyed" {
  name = "etl-logs"

  encryption_configuration {
    cloudwatch_encryption {
      cloudwatch_encryption_mode = "DISABLED" # want AWS-154 "DISABLED"
    }
    job_bookmarks_encryption {
      job_bookmarks_encryption_mode = "CSE-KMS"
      kms_key_arn                   = aws_kms_key.glue.arn
    }
    s3_encryption {
      s3_encryption_mode = "SSE-KMS"
      kms_key_arn        = aws_kms_key.glue.arn
    }
  }
}

resource "aws_glue_security_configuration" "s3_managed" {
  name = "etl-sse-s3"

  encryption_configuration {
    cloudwatch_encryption {
      cloudwatch_encryption_mode = "SSE-KMS"
      kms_key_arn                = aws_kms_key.glue.arn
    }
    job_bookmarks_encryption {
      job_bookmarks_encryption_mode = "CSE-KMS"
      kms_key_arn                   = aws_kms_key.glue.arn
    }
    s3_encryption {
      s3_encryption_mode = "SSE-S3" # want AWS-154 "SSE-S3"
    }
  }
}

resource "aws_glue_security_configuration" "from_variable" {
  name = "etl-variable"

  encryption_configuration {
    cloudwatch_encryption {
      cloudwatch_encryption_mode = "SSE-KMS"
      kms_key_arn                = var.glue_key_arn # want-note AWS-154
    }
    job_bookmarks_encryption {
      job_bookmarks_encryption_mode = "CSE-KMS"
      kms_key_arn                   = aws_kms_key.glue.arn
    }
    s3_encryption {
      s3_encryption_mode = "SSE-KMS"
      kms_key_arn        = aws_kms_key.glue.arn
    }
  }
}
