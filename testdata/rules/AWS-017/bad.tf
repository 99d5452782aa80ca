resource "aws_guardduty_detector" "off" {
  enable = false # want AWS-017
}
