variable "encrypt_cache" {
  type = bool
}

resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = "a1b2c3"
  stage_name  = "prod"
  method_path = "*/*"

  settings {
    caching_enabled      = true
    cache_data_encrypted = true
    metrics_enabled      = true
  }
}

# No caching: nothing is stored.
resource "aws_api_gateway_method_settings" "logging" {
  rest_api_id = "a1b2c3"
  stage_name  = "dev"
  method_path = "*/*"

  settings {
    metrics_enabled = true
    logging_level   = "INFO"
  }
}

resource "aws_api_gateway_method_settings" "chosen" {
  rest_api_id = "a1b2c3"
  stage_name  = "test"
  method_path = "*/*"

  settings {
    caching_enabled      = true
    cache_data_encrypted = var.encrypt_cache # want-note AWS-161
  }
}
