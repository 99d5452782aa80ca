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

# Enabled, but with S3 Protection turned off: bucket data events are not
# analysed.
resource "aws_guardduty_detector" "no_s3" {
  enable                       = true
  finding_publishing_frequency = "SIX_HOURS"

  datasources {
    s3_logs {
      enable = false # want AWS-017 "S3 Protection is turned off"
    }
  }
}

resource "aws_guardduty_detector" "features" {
  enable = true
}

resource "aws_guardduty_detector_feature" "s3" {
  detector_id = aws_guardduty_detector.features.id
  name        = "S3_DATA_EVENTS"
  status      = "DISABLED" # want AWS-017
}
