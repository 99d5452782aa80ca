# A policy document this linter cannot read (a module input without a
# value) may allow anything: a note. One built by an
# aws_iam_policy_document data source that mentions a computed ARN is read
# from the data source's statements: iot:* on the one thing it names is not
# every resource (perf28a: these paths ask for the aws_iam_policy data
# source a document may be copied from and the policy document data
# sources, which AWS-219 declares).
variable "device_policy" {
  type = string
}

resource "aws_iot_policy" "from_input" {
  name   = "from-input"
  policy = var.device_policy # want-note AWS-219
}

resource "aws_iot_thing" "sensor" {
  name = "sensor"
}

data "aws_iam_policy_document" "sensor" {
  statement {
    effect    = "Allow"
    actions   = ["iot:*"]
    resources = [aws_iot_thing.sensor.arn]
  }
}

resource "aws_iot_policy" "from_document" {
  name   = "from-document"
  policy = data.aws_iam_policy_document.sensor.json
}
