# A VPN to the office with logging set up on the first tunnel only, one
# left at the defaults, and a Client VPN endpoint without connection logs.

resource "aws_cloudwatch_log_group" "vpn" {
  name              = "/vpn/office"
  retention_in_days = 365
}

resource "aws_vpn_connection" "office" { # want AWS-331 "tunnel2_log_options"
  vpn_gateway_id      = "vgw-0a1b2c3d4e5f60718"
  customer_gateway_id = "cgw-0a1b2c3d4e5f60718"
  type                = "ipsec.1"
  static_routes_only  = true

  tunnel1_log_options {
    cloudwatch_log_options {
      log_enabled       = true
      log_group_arn     = aws_cloudwatch_log_group.vpn.arn
      log_output_format = "json"
    }
  }
}

resource "aws_vpn_connection" "datacenter" { # want AWS-331
  transit_gateway_id  = "tgw-0a1b2c3d4e5f60718"
  customer_gateway_id = "cgw-0b1b2c3d4e5f60718"
  type                = "ipsec.1"
}

resource "aws_vpn_connection" "branch" {
  vpn_gateway_id      = "vgw-0a1b2c3d4e5f60718"
  customer_gateway_id = "cgw-0c1b2c3d4e5f60718"
  type                = "ipsec.1"

  tunnel1_log_options {
    cloudwatch_log_options {
      log_enabled   = true
      log_group_arn = aws_cloudwatch_log_group.vpn.arn
    }
  }
  tunnel2_log_options {
    cloudwatch_log_options {
      log_enabled   = false # want AWS-331
      log_group_arn = aws_cloudwatch_log_group.vpn.arn
    }
  }
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
    enabled = false # want AWS-331 "client connections"
  }
}

variable "tunnel_log_group_arn" {
  type    = string
  default = ""
}

# Logging turned on, but the log group is left to a variable whose default
# is empty: the second tunnel logs nowhere.
resource "aws_vpn_connection" "warehouse" {
  vpn_gateway_id      = "vgw-0a1b2c3d4e5f60718"
  customer_gateway_id = "cgw-0d1b2c3d4e5f60718"
  type                = "ipsec.1"

  tunnel1_log_options {
    cloudwatch_log_options {
      log_enabled   = true
      log_group_arn = aws_cloudwatch_log_group.vpn.arn
    }
  }
  tunnel2_log_options {
    cloudwatch_log_options {
      log_enabled   = true
      log_group_arn = var.tunnel_log_group_arn # want AWS-331 "log_group_arn is empty"
    }
  }
}

# Logging on for the first tunnel with no log group at all.
resource "aws_vpn_connection" "depot" {
  vpn_gateway_id      = "vgw-0a1b2c3d4e5f60718"
  customer_gateway_id = "cgw-0e1b2c3d4e5f60718"
  type                = "ipsec.1"

  tunnel1_log_options {
    cloudwatch_log_options { # want AWS-331 "tunnel1_log_options.cloudwatch_log_options.log_group_arn is not set"
      log_enabled = true
    }
  }
  tunnel2_log_options {
    cloudwatch_log_options {
      log_enabled   = true
      log_group_arn = aws_cloudwatch_log_group.vpn.arn
    }
  }
}
