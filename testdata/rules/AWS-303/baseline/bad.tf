# Account-baseline mode: this root's only analyzer finds unused access; # want AWS-015 # want AWS-017 # want AWS-018 # want AWS-019 # want AWS-303
# none reports the resources shared outside the account.
resource "aws_accessanalyzer_analyzer" "unused" {
  analyzer_name = "unused-access"
  type          = "ACCOUNT_UNUSED_ACCESS"
}
