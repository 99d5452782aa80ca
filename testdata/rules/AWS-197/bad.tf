resource "aws_sfn_state_machine" "orders" { # want AWS-197 "logging_configuration.level is not set"
  name     = "orders"
  role_arn = "arn:aws:iam::111122223333:role/orders-sfn"
  definition = jsonencode({
    StartAt = "Done"
    States  = { Done = { Type = "Succeed" } }
  })
}

resource "aws_sfn_state_machine" "express" {
  name     = "express"
  type     = "EXPRESS"
  role_arn = "arn:aws:iam::111122223333:role/orders-sfn"
  definition = jsonencode({
    StartAt = "Done"
    States  = { Done = { Type = "Succeed" } }
  })
  logging_configuration {
    level = "OFF" # want AWS-197
  }
}
