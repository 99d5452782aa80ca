# bad.tf and good.tf form one root module: user names are distinct.

# A console password and no policy at all.
resource "aws_iam_user" "alice" { # want AWS-031
  name = "alice"
}

resource "aws_iam_user_login_profile" "alice" { # want AWS-030
  user = aws_iam_user.alice.name
}

# Policies through a group and inline, none of them about MFA.
resource "aws_iam_user" "bob" { # want AWS-031
  name = "bob"
}

resource "aws_iam_user_login_profile" "bob" { # want AWS-030
  user                    = "bob"
  password_reset_required = true
}

resource "aws_iam_group" "readers" {
  name = "readers"
}

resource "aws_iam_user_group_membership" "bob" {
  user   = aws_iam_user.bob.name
  groups = [aws_iam_group.readers.name]
}

resource "aws_iam_group_policy_attachment" "readers" {
  group      = aws_iam_group.readers.name
  policy_arn = "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess"
}

resource "aws_iam_user_policy" "bob_tls" { # want AWS-211
  name = "deny-plain-http"
  user = aws_iam_user.bob.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Action    = "s3:*"
      Resource  = "*"
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}

# The user comes through a variable; a customer managed policy declared
# here is attached with aws_iam_policy_attachment and has no MFA condition.
variable "console_user" {
  type    = string
  default = "carol"
}

resource "aws_iam_user" "carol" { # want AWS-031
  name = "carol"
}

resource "aws_iam_user_login_profile" "carol" { # want AWS-030
  user = var.console_user
}

data "aws_iam_policy_document" "reports" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::acme-reports/*"]
  }
}

resource "aws_iam_policy" "reports" {
  name   = "reports-read"
  policy = data.aws_iam_policy_document.reports.json
}

resource "aws_iam_policy_attachment" "reports" {
  name       = "reports-read"
  users      = [aws_iam_user.carol.name] # want AWS-211
  policy_arn = aws_iam_policy.reports.arn
}
