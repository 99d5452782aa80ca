# Both tunnels of each VPN connection log to CloudWatch Logs, and the
# Client VPN endpoint logs every client connection.

resource "aws_cloudwatch_log_group" "vpn" {
  name              = "/vpn/office"
  retention_in_days = 365
}

locals {
  tunnel_logs = {
    log_enabled       = true
    log_group_arn     = aws_cloudwatch_log_group.vpn.arn
    log_output_format = "json"
  }
  sites = {
    office = "cgw-0a1b2c3d4e5f60718"
    branch = "cgw-0c1b2c3d4e5f60718"
  }
}

resource "aws_vpn_connection" "site" {
  for_each = local.sites

  vpn_gateway_id      = "vgw-0a1b2c3d4e5f60718"
  customer_gateway_id = each.value
  type                = "ipsec.1"

  tunnel1_log_options {
    cloudwatch_log_options {
      log_enabled       = local.tunnel_logs.log_enabled
      log_group_arn     = local.tunnel_logs.log_group_arn
      log_output_format = local.tunnel_logs.log_output_format
    }
  }
  tunnel2_log_options {
    cloudwatch_log_options {
      log_enabled       = local.tunnel_logs.log_enabled
      log_group_arn     = local.tunnel_logs.log_group_arn
      log_output_format = local.tunnel_logs.log_output_format
    }
  }
}

resource "aws_cloudwatch_log_stream" "engineers" {
  name           = "connections"
  log_group_name = aws_cloudwatch_log_group.vpn.name
}

resource "aws_ec2_client_vpn_endpoint" "engineers" {
  description            = "engineers"
  server_certificate_arn = "arn:aws:acm:eu-west-1:123456789012:certificate/0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9"
  client_cidr_block      = "10.100.0.0/22"
  split_tunnel           = true

  authentication_options {
    type              = "federated-authentication"
    saml_provider_arn = "arn:aws:iam::123456789012:saml-provider/okta"
  }

  connection_log_options {
    enabled               = true
    cloudwatch_log_group  = aws_cloudwatch_log_group.vpn.name
    cloudwatch_log_stream = aws_cloudwatch_log_stream.engineers.name
  }
}

variable "shared_log_group_arn" {
  type        = string
  description = "ARN of the network account's VPN log group"
}

# The log group comes from the caller: set, though not known here.
resource "aws_vpn_connection" "partner" {
  transit_gateway_id  = "tgw-0a1b2c3d4e5f60718"
  customer_gateway_id = "cgw-0f1b2c3d4e5f60718"
  type                = "ipsec.1"

  dynamic "tunnel1_log_options" {
    for_each = [var.shared_log_group_arn]
    content {
      cloudwatch_log_options {
        log_enabled   = true
        log_group_arn = tunnel1_log_options.value
      }
    }
  }
  tunnel2_log_options {
    cloudwatch_log_options {
      log_enabled   = true
      log_group_arn = var.shared_log_group_arn
    }
  }
}
