# default_tags cover every required key: untagged resources comply.
provider "aws" {
  region = "eu-west-1"
  default_tags {
    tags = {
      owner       = "platform"
      environment = "production"
    }
  }
}

resource "aws_sns_topic" "covered" { # want AWS-141
  name = "covered"
}

resource "aws_sqs_queue" "covered" {
  name = "covered"
  tags = { Name = "covered" }
}
