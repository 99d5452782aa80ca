resource "aws_iam_role" "open" {
  name = "open"
  assume_role_policy = jsonencode({ # want AWS-112
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "*" }
      # An external id is a shared value, not an identity.
      Condition = { StringEquals = { "sts:ExternalId" = "partner-1234" } }
    }]
  })
}

data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

resource "aws_iam_role" "from_document" {
  name               = "from-document"
  assume_role_policy = data.aws_iam_policy_document.trust.json # want AWS-112
}

data "aws_iam_policy_document" "all_but_auditor" {
  statement {
    actions = ["sts:AssumeRole"]
    not_principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:role/auditor"]
    }
  }
}

resource "aws_iam_role" "all_but_auditor" {
  name               = "all-but-auditor"
  assume_role_policy = data.aws_iam_policy_document.all_but_auditor.json # want AWS-112 "except those in NotPrincipal"
}
