# A wrapper module whose role trust policy is an input. Without a value the
# document cannot be read, so who may assume the role is not known: a note.
# A trust policy built by an aws_iam_policy_document of the module is
# judged where it is written.
variable "trust_policy" {
  type = string
}

variable "ci_account_id" {
  type = string
}

resource "aws_iam_role" "from_input" {
  name               = "from-input"
  assume_role_policy = var.trust_policy # want-note AWS-112 "assume_role_policy"
}

data "aws_iam_policy_document" "ci_trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::${var.ci_account_id}:root"]
    }
  }
}

resource "aws_iam_role" "ci" {
  name               = "ci"
  assume_role_policy = data.aws_iam_policy_document.ci_trust.json
}
