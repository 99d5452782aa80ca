variable "guardduty_on" {
  type = bool
}

# enable defaults to true.
resource "aws_guardduty_detector" "main" {}

resource "aws_guardduty_detector" "explicit" {
  enable = true
}

# A value that cannot be known statically is never reported.
resource "aws_guardduty_detector" "from_var" {
  enable = var.guardduty_on
}
