# The only analyzer finds unused access, not access granted outside the
# account. IAM Access Analyzer is an account-level control: a root without
# an external access analyzer is a finding only in account-baseline mode
# (see baseline/). Here, without that mode, nothing is reported.
resource "aws_accessanalyzer_analyzer" "unused" {
  analyzer_name = "unused-access"
  type          = "ACCOUNT_UNUSED_ACCESS"

  configuration {
    unused_access {
      unused_access_age = 90
    }
  }
}
