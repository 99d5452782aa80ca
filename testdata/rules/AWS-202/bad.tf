# No endpoint_type: the server gets a PUBLIC endpoint.
resource "aws_transfer_server" "partners" { # want AWS-202 "endpoint_type is not set, and the default is PUBLIC"
  protocols              = ["SFTP"]
  identity_provider_type = "SERVICE_MANAGED"
}

resource "aws_transfer_server" "explicit" {
  endpoint_type = "PUBLIC" # want AWS-202
  protocols     = ["SFTP"]
}
