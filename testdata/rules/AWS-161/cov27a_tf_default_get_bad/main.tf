# The cache cluster is on and nothing says how GET responses are cached:
# API Gateway caches them by default, unencrypted.
resource "aws_api_gateway_stage" "orders" { # want AWS-011 AWS-182 AWS-334
  rest_api_id           = "a1b2c3"
  deployment_id         = "d1"
  stage_name            = "orders"
  cache_cluster_enabled = true # want AWS-161
  cache_cluster_size    = "0.5"
  xray_tracing_enabled  = true
}

# A stage-wide method setting that tunes logging and the TTL but leaves
# cache_data_encrypted out (false by default).
resource "aws_api_gateway_stage" "catalog" { # want AWS-011 AWS-182
  rest_api_id           = "a1b2c3"
  deployment_id         = "d1"
  stage_name            = "catalog"
  cache_cluster_enabled = true # want AWS-161
  cache_cluster_size    = "0.5"
}

resource "aws_api_gateway_method_settings" "catalog_all" {
  rest_api_id = "a1b2c3"
  stage_name  = aws_api_gateway_stage.catalog.stage_name
  method_path = "*/*"

  settings {
    logging_level        = "ERROR"
    cache_ttl_in_seconds = 60
  }
}

# A setting for one method only: the other GET methods keep the default.
resource "aws_api_gateway_stage" "reports" { # want AWS-011 AWS-182 AWS-334
  rest_api_id           = "a1b2c3"
  deployment_id         = "d1"
  stage_name            = "reports"
  cache_cluster_enabled = true # want AWS-161
  cache_cluster_size    = "0.5"
}

resource "aws_api_gateway_method_settings" "reports_one" {
  rest_api_id = "a1b2c3"
  stage_name  = aws_api_gateway_stage.reports.stage_name
  method_path = "reports/GET"

  settings {
    caching_enabled      = true
    cache_data_encrypted = true
  }
}
