resource "aws_sagemaker_notebook_instance" "default" { # want AWS-108 "default is Enabled"
  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = "2"
  }
  root_access = "Disabled"
  name          = "default"
  role_arn      = "arn:aws:iam::111122223333:role/notebook"
  instance_type = "ml.t3.medium"
  kms_key_id    = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_sagemaker_notebook_instance" "explicit" {
  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = "2"
  }
  root_access = "Disabled"
  name                   = "explicit"
  role_arn               = "arn:aws:iam::111122223333:role/notebook"
  instance_type          = "ml.t3.medium"
  subnet_id              = "subnet-0a1b2c3d"
  security_groups        = ["sg-0a1b2c3d"]
  direct_internet_access = "Enabled" # want AWS-108
  kms_key_id             = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

# A Studio domain without app_network_access_type gets PublicInternetOnly.
resource "aws_sagemaker_domain" "studio" { # want AWS-108 "app_network_access_type is not set, and the default is PublicInternetOnly"
  domain_name = "studio"
  auth_mode   = "IAM"
  vpc_id      = "vpc-0a1b2c3d"
  subnet_ids  = ["subnet-0a1b2c3d"]
  kms_key_id  = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"

  default_user_settings {
    execution_role = "arn:aws:iam::111122223333:role/studio"
  }
}
