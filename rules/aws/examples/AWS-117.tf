provider "aws" {
  region = "eu-west-1"
  # credentials come from the environment, a profile or an assumed role
  assume_role {
    role_arn = "arn:aws:iam::111122223333:role/terraform"
  }
}
