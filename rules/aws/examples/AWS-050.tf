provider "aws" {
  default_tags {
    tags = {
      owner       = "payments-team"
      environment = "production"
    }
  }
}

resource "aws_sns_topic" "alerts" {
  name = "alerts"
  tags = { data-classification = "internal" } # merged with default_tags
}
