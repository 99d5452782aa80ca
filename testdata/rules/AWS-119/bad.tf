resource "aws_iam_openid_connect_provider" "github" {
  url            = "https://token.actions.githubusercontent.com"
  client_id_list = ["sts.amazonaws.com"]
}

# Only the audience is checked: every workflow on GitHub has it.
resource "aws_iam_role" "audience_only" {
  name = "github-audience-only"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = aws_iam_openid_connect_provider.github.arn } # want AWS-119 "no condition on token.actions.githubusercontent.com:sub"
      Condition = { StringEquals = { "token.actions.githubusercontent.com:aud" = "sts.amazonaws.com" } }
    }]
  })
}

data "aws_caller_identity" "current" {}

data "aws_iam_policy_document" "any_repo" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = ["arn:aws:iam::${data.aws_caller_identity.current.account_id}:oidc-provider/token.actions.githubusercontent.com"]
    }
    condition {
      test     = "StringLike"
      variable = "token.actions.githubusercontent.com:sub"
      values   = ["repo:*"] # want AWS-119 "allows repo:"
    }
  }
}

resource "aws_iam_role" "any_repo" {
  name               = "github-any-repo"
  assume_role_policy = data.aws_iam_policy_document.any_repo.json
}

# A negated test does not limit who may assume the role.
resource "aws_iam_role" "negated" {
  name = "github-negated"
  assume_role_policy = jsonencode({ # want AWS-119
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com" }
      Condition = { StringNotLike = { "token.actions.githubusercontent.com:sub" = "repo:evil/*" } }
    }]
  })
}
