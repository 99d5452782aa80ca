variable "default_tags" {
  type = map(string) # no value given
}

# Unknown default tags: every key may be there, an undecided note.
provider "aws" {
  region = "eu-west-1"
  default_tags {
    tags = var.default_tags # want-note AWS-050
  }
}

resource "aws_sns_topic" "maybe" { # want AWS-141
  name = "maybe"
}
