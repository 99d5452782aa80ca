# Account-baseline mode: the analyzer's type is an input without a value: # want AWS-015 # want AWS-017 # want AWS-018 # want AWS-019
# it may be one of external access, which is given the benefit of the doubt.
variable "analyzer_type" {
  type = string
}

resource "aws_accessanalyzer_analyzer" "this" {
  analyzer_name = "account"
  type          = var.analyzer_type
}
