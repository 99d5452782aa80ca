resource "aws_guardduty_detector" "off" {
  enable = false # want AWS-017
}

# The delegated administrator account of the organization.
resource "aws_guardduty_detector" "admin" {
  enable = true
}

resource "aws_guardduty_organization_configuration" "org" {
  detector_id                      = aws_guardduty_detector.admin.id
  auto_enable_organization_members = "NONE" # want AWS-017 "accounts that join the organization"
}

resource "aws_guardduty_detector" "legacy" {}

resource "aws_guardduty_organization_configuration" "legacy" {
  detector_id = aws_guardduty_detector.legacy.id
  auto_enable = false # want AWS-017
}
