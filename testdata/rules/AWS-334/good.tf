variable "log_level" {
  type = string
}

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

resource "aws_api_gateway_stage" "prod" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
  stage_name    = "prod"

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.api.arn
    format          = "$context.requestId"
  }
}

resource "aws_api_gateway_method_settings" "prod_all" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "*/*"

  settings {
    logging_level   = "INFO"
    metrics_enabled = true
  }
}

resource "aws_api_gateway_stage" "staging" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
  stage_name    = "staging"

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.api.arn
    format          = "$context.requestId"
  }
}

resource "aws_api_gateway_method_settings" "staging" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_stage.staging.stage_name
  method_path = "*/*"

  settings {
    logging_level = var.log_level # want-note AWS-334
  }
}

# Errors for every method; one method also logs INFO, another only throttles.
resource "aws_api_gateway_stage" "reports" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
  stage_name    = "reports"

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.api.arn
    format          = "$context.requestId"
  }
}

resource "aws_api_gateway_method_settings" "reports" {
  for_each = {
    "*/*"         = { logging_level = "ERROR", throttling_rate_limit = null }
    "reports/GET" = { logging_level = "INFO", throttling_rate_limit = null }
    "reports/PUT" = { logging_level = null, throttling_rate_limit = 50 }
  }
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_stage.reports.stage_name
  method_path = each.key

  settings {
    logging_level         = each.value.logging_level
    throttling_rate_limit = each.value.throttling_rate_limit
  }
}
