resource "aws_cloudwatch_log_group" "orders_sfn" {
  name              = "/aws/vendedlogs/states/orders"
  retention_in_days = 365
  kms_key_id        = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

locals {
  workflows = {
    orders  = "ERROR"
    refunds = "ALL"
  }
}

resource "aws_sfn_state_machine" "workflow" {
  for_each = local.workflows
  name     = each.key
  role_arn = "arn:aws:iam::111122223333:role/orders-sfn"
  definition = jsonencode({
    StartAt = "Done"
    States  = { Done = { Type = "Succeed" } }
  })
  logging_configuration {
    level                  = each.value
    include_execution_data = false
    log_destination        = "${aws_cloudwatch_log_group.orders_sfn.arn}:*"
  }
}
