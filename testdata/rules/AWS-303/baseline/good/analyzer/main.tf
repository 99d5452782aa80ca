variable "region" {  # want AWS-015 # want AWS-017 # want AWS-018 # want AWS-019
  type = string
}

resource "aws_accessanalyzer_analyzer" "org" {
  analyzer_name = "organization-${var.region}"
  type          = "ORGANIZATION"
}
