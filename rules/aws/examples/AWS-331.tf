resource "aws_cloudwatch_log_group" "vpn" {
  name              = "/vpn/office"
  retention_in_days = 365
}

resource "aws_vpn_connection" "office" {
  vpn_gateway_id      = "vgw-0a1b2c3d4e5f60718"
  customer_gateway_id = "cgw-0a1b2c3d4e5f60718"
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
      log_group_arn = aws_cloudwatch_log_group.vpn.arn
    }
  }
}

resource "aws_ec2_client_vpn_endpoint" "engineers" {
  server_certificate_arn = "arn:aws:acm:eu-west-1:123456789012:certificate/0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9"
  client_cidr_block      = "10.100.0.0/22"

  authentication_options {
    type              = "federated-authentication"
    saml_provider_arn = "arn:aws:iam::123456789012:saml-provider/okta"
  }

  connection_log_options {
    enabled              = true
    cloudwatch_log_group = aws_cloudwatch_log_group.vpn.name
  }
}
