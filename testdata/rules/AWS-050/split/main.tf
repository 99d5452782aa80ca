# The provider adds owner; each resource must add environment.
provider "aws" {
  region = "eu-west-1"
  default_tags {
    tags = { owner = "platform" }
  }
}

resource "aws_sns_topic" "completes" { # want AWS-141
  name = "completes"
  tags = { environment = "production" }
}

resource "aws_sns_topic" "bare" { # want AWS-050 AWS-141
  name = "bare"
}

resource "aws_ecr_repository" "named_only" {
  name = "named-only"
  tags = { Name = "named-only" } # want AWS-050
}
