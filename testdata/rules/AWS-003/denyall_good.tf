# A break-glass role holds administrator rights that a deny-all policy
# cancels until someone detaches the deny: every holder of the wildcard
# also holds an unconditional Deny of every action.
resource "aws_iam_role" "breakglass" {
  name = "breakglass"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "arn:aws:iam::111122223333:role/security-admins" }
      Condition = { Bool = { "aws:MultiFactorAuthPresent" = "true" } }
    }]
  })
}

resource "aws_iam_policy" "everything" {
  name = "everything"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }]
  })
}

resource "aws_iam_role_policy_attachment" "everything" {
  role       = aws_iam_role.breakglass.name
  policy_arn = aws_iam_policy.everything.arn
}

data "aws_iam_policy_document" "deny_all" {
  statement {
    effect    = "Deny"
    actions   = ["*"]
    resources = ["*"]
  }
}

resource "aws_iam_role_policy" "deny_all" {
  name   = "deny-all"
  role   = aws_iam_role.breakglass.id
  policy = data.aws_iam_policy_document.deny_all.json
}

# The same with AWS's AWSDenyAll managed policy, for a group's inline
# policy.
resource "aws_iam_group" "parked" {
  name = "parked"
}

resource "aws_iam_group_policy" "parked" {
  name  = "parked"
  group = aws_iam_group.parked.name
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:*", Resource = "*" }]
  })
}

resource "aws_iam_group_policy_attachment" "parked" {
  group      = aws_iam_group.parked.name
  policy_arn = "arn:aws:iam::aws:policy/AWSDenyAll"
}
