resource "aws_kms_key" "ecr" {
  description         = "ecr"
  enable_key_rotation = true
}

resource "aws_ecr_repository" "api" {
  name                 = "api"
  image_tag_mutability = "IMMUTABLE"

  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = aws_kms_key.ecr.arn
  }
}

# A key of the organisation's, named by alias.
resource "aws_ecr_repository" "worker" {
  for_each             = toset(["worker", "batch"])
  name                 = each.key
  image_tag_mutability = "IMMUTABLE"

  encryption_configuration {
    encryption_type = "KMS_DSSE"
    kms_key         = "alias/platform-ecr"
  }
}
