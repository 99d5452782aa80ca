resource "aws_iot_policy" "fleet" {
  name = "fleet"
  policy = jsonencode({ # want AWS-219 "allows iot:. on every resource"
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["iot:*"]
      Resource = "*"
    }]
  })
}
