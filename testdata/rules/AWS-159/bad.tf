resource "aws_ecr_repository" "api" { # want AWS-159 "encryption_configuration.encryption_type is not set, and the default is AES256"
  name                 = "api"
  image_tag_mutability = "IMMUTABLE"
}

resource "aws_ecr_repository" "worker" {
  name                 = "worker"
  image_tag_mutability = "IMMUTABLE"

  encryption_configuration {
    encryption_type = "AES256" # want AWS-159
  }
}

# KMS without a key: ECR uses the AWS managed key aws/ecr.
resource "aws_ecr_repository" "batch" {
  name                 = "batch"
  image_tag_mutability = "IMMUTABLE"

  encryption_configuration { # want AWS-159 "kms_key"
    encryption_type = "KMS"
  }
}

resource "aws_ecr_repository" "cron" {
  name                 = "cron"
  image_tag_mutability = "IMMUTABLE"

  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = "alias/aws/ecr" # want AWS-159
  }
}

variable "repository_key" {
  type = string
}

resource "aws_ecr_repository" "jobs" {
  name                 = "jobs"
  image_tag_mutability = "IMMUTABLE"

  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = var.repository_key # want-note AWS-159
  }
}

# The AWS managed key looked up by its alias is still the AWS managed key.
data "aws_kms_key" "ecr_managed" {
  key_id = "alias/aws/ecr"
}

resource "aws_ecr_repository" "reports" {
  name                 = "reports"
  image_tag_mutability = "IMMUTABLE"

  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = data.aws_kms_key.ecr_managed.arn # want AWS-159 "names the AWS managed key"
  }
}

data "aws_kms_alias" "ecr_managed" {
  name = "alias/aws/ecr"
}

resource "aws_ecr_repository" "exports" {
  name                 = "exports"
  image_tag_mutability = "IMMUTABLE"

  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = data.aws_kms_alias.ecr_managed.target_key_arn # want AWS-159
  }
}

# A key found by id may be either kind of key.
data "aws_kms_key" "by_id" {
  key_id = "1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_ecr_repository" "imports" {
  name                 = "imports"
  image_tag_mutability = "IMMUTABLE"

  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = data.aws_kms_key.by_id.arn # want-note AWS-159
  }
}
