# A wrapper module whose policies are inputs. Without a value the
# document cannot be read, so whether it grants "*" is not known: a note,
# not a silent pass, from AWS-003 and every IAM-3 rule that reads the
# statements (AWS-110, 111, 203, ...). A document built by an
# aws_iam_policy_document of the module is judged where it is written, even
# where its JSON is not known.
variable "policy_json" {
  type = string
}

variable "bucket_arn" {
  type = string
}

resource "aws_iam_policy" "from_input" {
  name   = "from-input"
  policy = var.policy_json # want-note AWS-003 "policy" # want-note AWS-110 "policy" # want-note AWS-111 # want-note AWS-203 # want-note AWS-215 # want-note AWS-252 # want-note AWS-271 # want-note AWS-293 # want-note AWS-294 # want-note AWS-295 # want-note AWS-361
}

resource "aws_iam_role" "task" {
  name = "task"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "ecs-tasks.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })

  inline_policy {
    name   = "extra"
    policy = var.policy_json # want-note AWS-003 "inline_policy" # want-note AWS-110 "policy" # want-note AWS-111 # want-note AWS-203 # want-note AWS-215 # want-note AWS-252 # want-note AWS-271 # want-note AWS-293 # want-note AWS-294 # want-note AWS-295 # want-note AWS-361
  }
}

data "aws_iam_policy_document" "read_bucket" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["${var.bucket_arn}/*"]
  }
}

resource "aws_iam_role_policy" "read_bucket" {
  name   = "read-bucket"
  role   = aws_iam_role.task.id
  policy = data.aws_iam_policy_document.read_bucket.json
}

# Copies of managed policies' documents through the aws_iam_policy data
# source: an AWS managed policy is judged by its name (the network
# interface policy grants no wildcard; AdministratorAccess does); a
# customer managed policy's document lives in the account: a note.
data "aws_partition" "current" {}

data "aws_iam_policy" "eni" {
  arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/service-role/AWSLambdaENIManagementAccess"
}

resource "aws_iam_role_policy" "eni" {
  name   = "eni"
  role   = aws_iam_role.task.id
  policy = data.aws_iam_policy.eni.policy
}

data "aws_iam_policy" "admin" {
  arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

resource "aws_iam_policy" "admin_copy" {
  name   = "admin-copy"
  policy = data.aws_iam_policy.admin.policy # want AWS-003 "AdministratorAccess"
}

data "aws_iam_policy" "team" {
  name = "team-boundary"
}

resource "aws_iam_policy" "team_copy" {
  name   = "team-copy"
  policy = data.aws_iam_policy.team.policy # want-note AWS-003 # want-note AWS-110 # want-note AWS-111 # want-note AWS-203 # want-note AWS-215 # want-note AWS-252 # want-note AWS-271 # want-note AWS-293 # want-note AWS-294 # want-note AWS-295 # want-note AWS-361
}
