provider "aws" {
  region = "eu-west-1"
}

resource "aws_config_configuration_recorder" "eu" {
  name     = "eu"
  role_arn = "arn:aws:iam::111122223333:role/config"
}

resource "aws_config_configuration_recorder_status" "eu" {
  name       = aws_config_configuration_recorder.eu.name
  is_enabled = true
}
