# An analyzer of external access for the account (type defaults to
# ACCOUNT).
resource "aws_accessanalyzer_analyzer" "account" {
  analyzer_name = "account"
}
