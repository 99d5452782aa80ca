resource "aws_sfn_state_machine" "orders" {
  name       = "orders"
  role_arn   = aws_iam_role.orders_sfn.arn
  definition = file("${path.module}/orders.asl.json")
  logging_configuration {
    level                  = "ERROR"
    include_execution_data = false
    log_destination        = "${aws_cloudwatch_log_group.orders_sfn.arn}:*"
  }
}
