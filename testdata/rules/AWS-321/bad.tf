resource "aws_iam_role" "appsync_logs" {
  name = "appsync-logs"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "appsync.amazonaws.com" }
    }]
  })
}

# A catalog API whose default mode is an API key, as the getting-started
# templates set it up.
resource "aws_appsync_graphql_api" "catalog" {
  name                = "catalog"
  authentication_type = "API_KEY" # want AWS-321 "API key"
  visibility          = "PRIVATE"
  log_config {
    cloudwatch_logs_role_arn = aws_iam_role.appsync_logs.arn
    field_log_level          = "ERROR"
  }
}

resource "aws_appsync_api_key" "catalog" {
  api_id  = aws_appsync_graphql_api.catalog.id
  expires = "2027-01-01T00:00:00Z"
}

# IAM for the back office, and an API key kept as a second mode for a
# public widget.
variable "extra_modes" {
  type    = list(string)
  default = ["AMAZON_COGNITO_USER_POOLS", "API_KEY"]
}

resource "aws_appsync_graphql_api" "orders" {
  name                = "orders"
  authentication_type = "AWS_IAM"
  visibility          = "PRIVATE"
  log_config {
    cloudwatch_logs_role_arn = aws_iam_role.appsync_logs.arn
    field_log_level          = "ERROR"
  }

  dynamic "additional_authentication_provider" {
    for_each = var.extra_modes
    content {
      authentication_type = additional_authentication_provider.value # want AWS-321
    }
  }
}

variable "auth_mode" {
  type = string
}

resource "aws_appsync_graphql_api" "reports" {
  name                = "reports"
  authentication_type = var.auth_mode # want-note AWS-321
  visibility          = "PRIVATE"
  log_config {
    cloudwatch_logs_role_arn = aws_iam_role.appsync_logs.arn
    field_log_level          = "ERROR"
  }
}
