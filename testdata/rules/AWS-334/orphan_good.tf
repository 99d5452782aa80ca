# Method settings of stages made elsewhere that log, or that leave the
# level to the stage (not in the scan: not judged).
variable "rest_api_id" {
  type    = string
  default = "a1b2c3d4e5"
}

resource "aws_api_gateway_method_settings" "all" {
  for_each    = toset(["prod", "live"])
  rest_api_id = var.rest_api_id
  stage_name  = each.key
  method_path = "*/*"

  settings {
    metrics_enabled    = true
    logging_level      = "ERROR"
    data_trace_enabled = false
  }
}

resource "aws_api_gateway_method_settings" "throttle_only" {
  rest_api_id = var.rest_api_id
  stage_name  = "live"
  method_path = "orders/POST"

  settings {
    throttling_rate_limit  = 50
    throttling_burst_limit = 100
  }
}
