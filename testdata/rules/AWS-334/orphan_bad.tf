# Method settings of a stage that another configuration creates (named by a
# literal): a level written as OFF turns execution logging off whatever the
# stage says.
variable "rest_api_id" {
  type    = string
  default = "a1b2c3d4e5"
}

resource "aws_api_gateway_method_settings" "all_off" {
  count       = 2
  rest_api_id = var.rest_api_id
  stage_name  = "prod-${count.index}"
  method_path = "*/*"

  settings {
    metrics_enabled = true
    logging_level   = "OFF" # want AWS-334 "no method of the stage"
  }
}

resource "aws_api_gateway_method_settings" "health" {
  rest_api_id = var.rest_api_id
  stage_name  = "live"
  method_path = "health/GET"

  settings {
    logging_level = "OFF" # want AWS-334 "the methods it covers"
  }
}

variable "log_level" {
  type = string
}

resource "aws_api_gateway_method_settings" "configurable" {
  rest_api_id = var.rest_api_id
  stage_name  = "staging"
  method_path = "*/*"

  settings {
    logging_level = var.log_level # want-note AWS-334
  }
}
