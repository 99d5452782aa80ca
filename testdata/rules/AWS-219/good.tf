data "aws_region" "current" {}

data "aws_caller_identity" "current" {}

locals {
  iot_arn = "arn:aws:iot:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}"
}

resource "aws_iot_policy" "device" {
  name = "device"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = "iot:Connect"
        Resource = "${local.iot_arn}:client/$${iot:Connection.Thing.ThingName}"
      },
      {
        Effect   = "Allow"
        Action   = ["iot:Publish", "iot:Receive"]
        Resource = "${local.iot_arn}:topic/devices/$${iot:Connection.Thing.ThingName}/*"
      },
      {
        Effect   = "Allow"
        Action   = "iot:Subscribe"
        Resource = "${local.iot_arn}:topicfilter/devices/$${iot:Connection.Thing.ThingName}/*"
      }
    ]
  })
}
