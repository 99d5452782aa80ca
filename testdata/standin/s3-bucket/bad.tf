# Registry S3 bucket module calls that terraform init has not downloaded.
# The module configures versioning, server access logging and default
# encryption only when their maps are given, and attaches the TLS policy
# only when asked: each finding points at the call, or at the argument.

module "data_bucket" { # want AWS-006 AWS-007 AWS-008 AWS-160
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "~> 5.0"

  bucket_prefix = "data-"
  force_destroy = true
}

module "archive" { # want AWS-006 AWS-007 AWS-160
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "~> 4.2"

  bucket = "acme-archive"
  versioning = { # want AWS-008
    enabled = false
  }
}

# Turning the public access block off leaves the bucket without one: the
# finding points at the argument; the others at the call, naming the
# default that causes each.
module "public_site" { # want AWS-006 "server_side_encryption_configuration defaults to" AWS-007 "logging defaults to" AWS-008 "versioning defaults to" AWS-160 "attach_deny_insecure_transport_policy defaults to false"
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "5.8.1"

  bucket               = "acme-public-site"
  attach_public_policy = false # want AWS-005 "attach_public_policy = false"
}

module "half_blocked" { # want AWS-006 AWS-007 AWS-008 AWS-160
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "~> 5.0"

  bucket                  = "acme-half-blocked"
  restrict_public_buckets = false # want AWS-290
}

# v3 from 3.9.0 has v4's defaults (the public access block on), and
# "~> 3.0" installs the newest 3.x: it is judged like v4.
module "legacy_v3" { # want AWS-006 AWS-007 AWS-008 AWS-160
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "~> 3.0"

  bucket            = "acme-legacy"
  block_public_acls = false # want AWS-247
}
