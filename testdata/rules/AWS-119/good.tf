resource "aws_iam_openid_connect_provider" "github" {
  url            = "https://token.actions.githubusercontent.com"
  client_id_list = ["sts.amazonaws.com"]
}

variable "repositories" {
  type    = list(string)
  default = ["acme/app", "acme/infra"]
}

variable "deploy_branch" {
  type = string
}

# The usual module shape: one subject per repository, from a variable.
data "aws_iam_policy_document" "deploy_trust" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = [aws_iam_openid_connect_provider.github.arn]
    }
    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:aud"
      values   = ["sts.amazonaws.com"]
    }
    condition {
      test     = "StringLike"
      variable = "token.actions.githubusercontent.com:sub"
      values   = [for r in var.repositories : "repo:${r}:ref:refs/heads/main"]
    }
  }
}

resource "aws_iam_role" "deploy" {
  name               = "github-deploy"
  assume_role_policy = data.aws_iam_policy_document.deploy_trust.json
}

# A whole organization's repositories, pinned to an environment.
resource "aws_iam_role" "org" {
  name = "github-org"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = aws_iam_openid_connect_provider.github.arn }
      Condition = {
        StringEquals = { "token.actions.githubusercontent.com:aud" = "sts.amazonaws.com" }
        StringLike   = { "token.actions.githubusercontent.com:sub" = ["repo:acme/*:environment:production"] }
      }
    }]
  })
}

# The branch comes from a variable without a value.
resource "aws_iam_role" "branch" {
  name = "github-branch"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com" }
      Condition = {
        StringEquals = { "token.actions.githubusercontent.com:sub" = var.deploy_branch } # want-note AWS-119
      }
    }]
  })
}

# Another OIDC provider (a GitLab instance) is not GitHub's.
resource "aws_iam_openid_connect_provider" "gitlab" {
  url            = "https://gitlab.example.com"
  client_id_list = ["https://gitlab.example.com"]
}

resource "aws_iam_role" "gitlab" {
  name = "gitlab-deploy"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = aws_iam_openid_connect_provider.gitlab.arn }
      Condition = { StringEquals = { "gitlab.example.com:aud" = "https://gitlab.example.com" } }
    }]
  })
}

# Service roles are not federated.
resource "aws_iam_role" "lambda" {
  name = "lambda-exec"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "lambda.amazonaws.com" }
    }]
  })
}
