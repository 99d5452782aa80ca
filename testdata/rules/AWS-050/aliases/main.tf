# Two configurations: the provider meta-argument is not followed, so a key
# counts as present when any configuration adds it.
provider "aws" {
  region = "eu-west-1"
  default_tags {
    tags = { owner = "platform" }
  }
}

provider "aws" {
  alias  = "west"
  region = "us-west-2"
  default_tags {
    tags = { environment = "production" }
  }
}

resource "aws_sns_topic" "west" { # want AWS-141
  provider = aws.west
  name     = "west"
}
