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
