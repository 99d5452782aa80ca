# With require-customer-key, default encryption must name a customer
# managed key: SSE-S3 and the AWS managed key (alias/aws/s3) are reported,
# a key this configuration creates is not. (The buckets leave out the
# other S3 controls, which their own rules report.)
resource "aws_kms_key" "data" {
  description         = "buckets"
  enable_key_rotation = true
}


resource "aws_s3_bucket" "sse_s3" { # want AWS-005 AWS-007 AWS-008 AWS-160
  bucket = "acme-sse-s3"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "sse_s3" {
  bucket = aws_s3_bucket.sse_s3.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256" # want AWS-006
    }
  }
}

resource "aws_s3_bucket" "aws_managed" { # want AWS-005 AWS-007 AWS-008 AWS-160
  bucket = "acme-aws-managed"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "aws_managed" {
  bucket = aws_s3_bucket.aws_managed.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = "alias/aws/s3" # want AWS-006
    }
  }
}

resource "aws_s3_bucket" "cmk" { # want AWS-005 AWS-007 AWS-008 AWS-160
  bucket = "acme-cmk"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "cmk" {
  bucket = aws_s3_bucket.cmk.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.data.arn
    }
    bucket_key_enabled = true
  }
}

data "aws_region" "current" {}

data "aws_caller_identity" "current" {}

# The AWS managed key named by its alias ARN, built from the Region and
# account.
resource "aws_s3_bucket" "aws_managed_arn" { # want AWS-005 AWS-007 AWS-008 AWS-160
  bucket = "acme-aws-managed-arn"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "aws_managed_arn" {
  bucket = aws_s3_bucket.aws_managed_arn.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = "arn:aws:kms:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:alias/aws/s3" # want AWS-006
    }
  }
}

# Elastic Load Balancing delivers Application and Classic Load Balancer
# access logs only to buckets encrypted with SSE-S3: those buckets are
# not held to the customer key. A Network Load Balancer's log bucket may
# use a customer managed key, and is.
variable "subnet_ids" {
  type    = list(string)
  default = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}

resource "aws_s3_bucket" "alb_logs" { # want AWS-005 AWS-007 AWS-008 AWS-009 AWS-160
  bucket = "acme-alb-logs"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "alb_logs" {
  bucket = aws_s3_bucket.alb_logs.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_lb" "internal_app" {
  name                       = "internal-app"
  internal                   = true
  subnets                    = var.subnet_ids
  drop_invalid_header_fields = true

  access_logs {
    bucket  = aws_s3_bucket.alb_logs.id
    prefix  = "internal-app"
    enabled = true
  }
}

resource "aws_s3_bucket" "nlb_logs" { # want AWS-005 AWS-007 AWS-008 AWS-009 AWS-160
  bucket = "acme-nlb-logs"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "nlb_logs" {
  bucket = aws_s3_bucket.nlb_logs.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256" # want AWS-006
    }
  }
}

resource "aws_lb" "internal_tcp" {
  name               = "internal-tcp"
  internal           = true
  load_balancer_type = "network"
  subnets            = var.subnet_ids

  access_logs {
    bucket  = aws_s3_bucket.nlb_logs.id
    enabled = true
  }
}
