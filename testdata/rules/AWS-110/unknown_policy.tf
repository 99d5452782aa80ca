# A wrapper module whose policy documents are inputs. Without a value a
# document cannot be read, so what it allows is not known: a note, not a
# silent pass. A document built by an aws_iam_policy_document of the module
# is judged where it is written; a copy of an AWS managed policy's document
# is judged by the policy's name, as its attachment by ARN is.
variable "policy_json" {
  type = string
}

variable "bucket_arn" {
  type = string
}

resource "aws_iam_policy" "from_input" {
  name   = "from-input"
  policy = var.policy_json # want-note AWS-110 "policy" # want-note AWS-003 # want-note AWS-111 # want-note AWS-203 # want-note AWS-215 # want-note AWS-252 # want-note AWS-271 # want-note AWS-293 # want-note AWS-294 # want-note AWS-295 # want-note AWS-361
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
    policy = var.policy_json # want-note AWS-110 "policy" # want-note AWS-003 # want-note AWS-111 # want-note AWS-203 # want-note AWS-215 # want-note AWS-252 # want-note AWS-271 # want-note AWS-293 # want-note AWS-294 # want-note AWS-295 # want-note AWS-361
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

data "aws_partition" "current" {}

data "aws_iam_policy" "eni" {
  arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/service-role/AWSLambdaENIManagementAccess"
}

resource "aws_iam_role_policy" "eni" {
  name   = "eni"
  role   = aws_iam_role.task.id
  policy = data.aws_iam_policy.eni.policy
}

# Resource policies are read too (AWS-110 covers NotAction and NotResource
# in them): an input document is a note.
resource "aws_sqs_queue_policy" "jobs" {
  queue_url = "https://sqs.us-east-1.amazonaws.com/111122223333/jobs"
  policy    = var.policy_json # want-note AWS-110 "policy" # want-note AWS-114 # want-note AWS-212
}
