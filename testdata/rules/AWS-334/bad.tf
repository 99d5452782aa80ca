resource "aws_api_gateway_rest_api" "api" {
  name = "orders"
  endpoint_configuration {
    types = ["PRIVATE"]
  }
}

resource "aws_api_gateway_deployment" "api" {
  rest_api_id = aws_api_gateway_rest_api.api.id
}

resource "aws_cloudwatch_log_group" "api" {
  name              = "api-access"
  retention_in_days = 365
  kms_key_id        = "arn:aws:kms:eu-west-1:123456789012:key/0123abcd-0123-4567-89ab-0123456789ab"
}

# Method settings turn on metrics only.
resource "aws_api_gateway_stage" "prod" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
  stage_name    = "prod"

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.api.arn
    format          = "$context.requestId"
  }
}

resource "aws_api_gateway_method_settings" "prod" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "*/*"

  settings {
    metrics_enabled = true
    logging_level   = "OFF" # want AWS-334 "the setting for all methods"
  }
}

# No method settings at all.
resource "aws_api_gateway_stage" "staging" { # want AWS-334
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
  stage_name    = "staging"

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.api.arn
    format          = "$context.requestId"
  }
}

# Every method logs errors but one, whose own setting turns logging off.
resource "aws_api_gateway_stage" "orders" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
  stage_name    = "orders"

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.api.arn
    format          = "$context.requestId"
  }
}

resource "aws_api_gateway_method_settings" "orders_all" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_stage.orders.stage_name
  method_path = "*/*"

  settings {
    logging_level = "ERROR"
  }
}

resource "aws_api_gateway_method_settings" "orders_health" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_stage.orders.stage_name
  method_path = "health/GET"

  settings {
    logging_level = "OFF" # want AWS-334 "method health/GET"
  }
}

# Only one method logs: the stage's other methods keep the default, OFF.
resource "aws_api_gateway_stage" "reports" { # want AWS-334 "no method setting for all methods"
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
  stage_name    = "reports"

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.api.arn
    format          = "$context.requestId"
  }
}

resource "aws_api_gateway_method_settings" "reports_get" {
  for_each    = toset(["reports/GET"])
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_stage.reports.stage_name
  method_path = each.value

  settings {
    logging_level      = "INFO"
    data_trace_enabled = false
  }
}
