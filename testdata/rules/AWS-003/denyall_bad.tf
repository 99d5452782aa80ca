resource "aws_iam_role" "ops" {
  name = "ops"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "ec2.amazonaws.com" }
    }]
  })
}

resource "aws_iam_role" "ci" {
  name = "ci"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "codebuild.amazonaws.com" }
    }]
  })
}

# Two roles hold the wildcard and only one of them the deny.
resource "aws_iam_policy" "everything" {
  name = "everything"
  policy = jsonencode({ # want AWS-003
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }]
  })
}

resource "aws_iam_role_policy_attachment" "ops" {
  role       = aws_iam_role.ops.name
  policy_arn = aws_iam_policy.everything.arn
}

resource "aws_iam_role_policy_attachment" "ci" {
  role       = aws_iam_role.ci.name
  policy_arn = aws_iam_policy.everything.arn
}

resource "aws_iam_role_policy_attachment" "ops_deny" {
  role       = aws_iam_role.ops.name
  policy_arn = "arn:aws:iam::aws:policy/AWSDenyAll"
}

# The deny is narrower than the wildcard, or conditional.
resource "aws_iam_role_policy" "ci_s3" {
  name = "ci-s3"
  role = aws_iam_role.ci.id
  policy = jsonencode({ # want AWS-003
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:*", Resource = "*" }]
  })
}

resource "aws_iam_role_policy" "ci_guard" {
  name = "ci-guard"
  role = aws_iam_role.ci.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Deny", Action = "s3:Delete*", Resource = "*" },
      { Effect = "Deny", Action = "*", Resource = "*", Condition = { Bool = { "aws:SecureTransport" = "false" } } },
    ]
  })
}

# A policy attached by a role name written out may be held by a role the
# scan does not create.
resource "aws_iam_policy" "admin_by_name" {
  name = "admin-by-name"
  policy = jsonencode({ # want AWS-003
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }]
  })
}

resource "aws_iam_role_policy_attachment" "admin_by_name" {
  role       = "legacy-admin"
  policy_arn = aws_iam_policy.admin_by_name.arn
}

resource "aws_iam_role_policy_attachment" "legacy_deny" {
  role       = "legacy-admin"
  policy_arn = "arn:aws:iam::aws:policy/AWSDenyAll"
}
