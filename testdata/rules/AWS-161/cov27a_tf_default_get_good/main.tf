# The cache cluster is on and a stage-wide method setting encrypts the cache.
resource "aws_api_gateway_stage" "orders" { # want AWS-011 AWS-182
  rest_api_id           = "a1b2c3"
  deployment_id         = "d1"
  stage_name            = "orders"
  cache_cluster_enabled = true
  cache_cluster_size    = "0.5"
}

resource "aws_api_gateway_method_settings" "orders_all" {
  rest_api_id = "a1b2c3"
  stage_name  = aws_api_gateway_stage.orders.stage_name
  method_path = "*/*"

  settings {
    logging_level        = "ERROR"
    cache_data_encrypted = true
  }
}

# The cache cluster is on but caching is turned off for every method.
resource "aws_api_gateway_stage" "catalog" { # want AWS-011 AWS-182
  rest_api_id           = "a1b2c3"
  deployment_id         = "d1"
  stage_name            = "catalog"
  cache_cluster_enabled = true
  cache_cluster_size    = "0.5"
}

resource "aws_api_gateway_method_settings" "catalog_all" {
  rest_api_id = "a1b2c3"
  stage_name  = aws_api_gateway_stage.catalog.stage_name
  method_path = "*/*"

  settings {
    logging_level   = "INFO"
    caching_enabled = false
  }
}

# No cache cluster: nothing is cached.
resource "aws_api_gateway_stage" "reports" { # want AWS-011 AWS-182
  rest_api_id   = "a1b2c3"
  deployment_id = "d1"
  stage_name    = "reports"
}

resource "aws_api_gateway_method_settings" "reports_all" {
  rest_api_id = "a1b2c3"
  stage_name  = aws_api_gateway_stage.reports.stage_name
  method_path = "*/*"

  settings {
    logging_level = "ERROR"
  }
}
