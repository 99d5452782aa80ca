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

# A v3 call (from 3.9.0) configured as above: no finding.
module "reports" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "~> 3.15"

  bucket = "acme-reports"

  versioning = {
    enabled = true
  }

  # v3 types logging as map(string): the same keys.
  logging = {
    target_bucket = module.logs.s3_bucket_id
    target_prefix = "reports/"
  }

  server_side_encryption_configuration = {
    rule = {
      apply_server_side_encryption_by_default = {
        sse_algorithm = "AES256"
      }
    }
  }

  attach_deny_insecure_transport_policy = true
}

# Before 3.9.0 the module left the public access block's settings off by
# default; the stand-in does not model those releases, so this call stays
# unknown, as an undownloaded module is (terraform init gives a full check).
module "pinned_v3" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "~> 3.8.0"

  bucket = "acme-pinned"
}
