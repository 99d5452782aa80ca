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

resource "aws_guardduty_organization_configuration" "org" {
  detector_id                      = aws_guardduty_detector.main.id
  auto_enable_organization_members = "ALL"

  datasources {
    s3_logs {
      auto_enable = true
    }
  }
}

# Existing accounts are enrolled as members one by one; new ones join
# with GuardDuty on.
resource "aws_guardduty_organization_configuration" "legacy" {
  detector_id = aws_guardduty_detector.explicit.id
  auto_enable = true
}

resource "aws_guardduty_member" "audit" {
  account_id  = "111122223333"
  detector_id = aws_guardduty_detector.explicit.id
  email       = "audit@example.com"
}

resource "aws_guardduty_detector" "protections" {
  enable = true

  datasources {
    s3_logs {
      enable = true
    }
    kubernetes {
      audit_logs {
        enable = false
      }
    }
  }
}

# Optional protection plans other than S3 are the account's choice.
resource "aws_guardduty_detector_feature" "runtime" {
  detector_id = aws_guardduty_detector.protections.id
  name        = "RUNTIME_MONITORING"
  status      = "DISABLED"
}

resource "aws_guardduty_detector_feature" "s3" {
  detector_id = aws_guardduty_detector.protections.id
  name        = "S3_DATA_EVENTS"
  status      = "ENABLED"
}
