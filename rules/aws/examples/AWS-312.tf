resource "aws_cognito_identity_pool" "members" {
  identity_pool_name               = "members"
  allow_unauthenticated_identities = false

  cognito_identity_providers {
    client_id     = aws_cognito_user_pool_client.app.id
    provider_name = aws_cognito_user_pool.members.endpoint
  }
}
