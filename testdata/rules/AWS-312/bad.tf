variable "allow_guests" {
  type = bool
}

resource "aws_cognito_identity_pool" "public_app" {
  identity_pool_name               = "public_app"
  allow_unauthenticated_identities = true # want AWS-312
}

resource "aws_cognito_identity_pool" "per_env" {
  for_each                         = toset(["dev", "prod"])
  identity_pool_name               = "app_${each.key}"
  allow_unauthenticated_identities = var.allow_guests # want-note AWS-312

  cognito_identity_providers {
    client_id     = "6lhlkkfbfb4q5kpp90urffae"
    provider_name = "cognito-idp.us-east-1.amazonaws.com/us-east-1_Tv0493apJ"
  }
}
