# Length is still judged with the options off.
resource "aws_iam_account_password_policy" "short" { # want AWS-032 "minimum_password_length [(]default 6[)] unset"
  password_reuse_prevention = 24
}
