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

# A key another stack created, looked up by its alias: aliases outside
# alias/aws/ point only at customer managed keys.
data "aws_kms_key" "platform" {
  key_id = "alias/platform-ecr"
}

resource "aws_ecr_repository" "tools" {
  name                 = "tools"
  image_tag_mutability = "IMMUTABLE"

  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = data.aws_kms_key.platform.arn
  }
}

data "aws_kms_alias" "platform" {
  name = "alias/platform-ecr"
}

resource "aws_ecr_repository" "tools_mirror" {
  name                 = "tools-mirror"
  image_tag_mutability = "IMMUTABLE"

  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = data.aws_kms_alias.platform.target_key_arn
  }
}
