resource "aws_iot_policy" "device" {
  name = "device"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["iot:Connect", "iot:Publish", "iot:Subscribe", "iot:Receive"]
      Resource = "arn:aws:iot:eu-west-1:111122223333:*/devices/$${iot:Connection.Thing.ThingName}*"
    }]
  })
}
