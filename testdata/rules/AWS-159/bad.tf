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
