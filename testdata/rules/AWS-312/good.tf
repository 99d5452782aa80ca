resource "aws_cognito_identity_pool" "default" {
  identity_pool_name = "members"

  cognito_identity_providers {
    client_id     = "6lhlkkfbfb4q5kpp90urffae"
    provider_name = "cognito-idp.us-east-1.amazonaws.com/us-east-1_Tv0493apJ"
  }
}

resource "aws_cognito_identity_pool" "explicit" {
  identity_pool_name               = "staff"
  allow_unauthenticated_identities = false
}
