resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = "a1b2c3"
  stage_name  = "prod"
  method_path = "*/*"

  settings { # want AWS-161 "cache_data_encrypted is not set"
    caching_enabled      = true
    cache_ttl_in_seconds = 300
  }
}

resource "aws_api_gateway_method_settings" "orders" {
  rest_api_id = "a1b2c3"
  stage_name  = "prod"
  method_path = "orders/GET"

  settings {
    caching_enabled      = true
    cache_data_encrypted = false # want AWS-161
  }
}
