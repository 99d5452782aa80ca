# S3 bucket module calls that configure what the module leaves off by
# default: versioning, access logging, default encryption and the TLS
# policy.

# A bucket that receives access logs is no finding of AWS-007, but AWS-009
# asks it to keep them under object lock.
module "logs" { # want AWS-009
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "~> 5.0"

  bucket = "acme-access-logs"

  versioning = {
    enabled = true
  }

  server_side_encryption_configuration = {
    rule = {
      apply_server_side_encryption_by_default = {
        sse_algorithm = "AES256"
      }
    }
  }

  attach_deny_insecure_transport_policy = true
  attach_require_latest_tls_policy      = true
}

module "data" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "~> 5.0"

  bucket = "acme-data"

  versioning = {
    status = "Enabled"
  }

  logging = {
    target_bucket = module.logs.s3_bucket_id
    target_prefix = "data/"
  }

  server_side_encryption_configuration = {
    rule = {
      apply_server_side_encryption_by_default = {
        sse_algorithm     = "aws:kms"
        kms_master_key_id = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
      }
      bucket_key_enabled = true
    }
  }

  attach_deny_insecure_transport_policy = true
}
