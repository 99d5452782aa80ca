variable "internet" {
  type = string
}

resource "aws_sagemaker_notebook_instance" "private" {
  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = "2"
  }
  root_access = "Disabled"
  name                   = "private"
  role_arn               = "arn:aws:iam::111122223333:role/notebook"
  instance_type          = "ml.t3.medium"
  subnet_id              = "subnet-0a1b2c3d"
  security_groups        = ["sg-0a1b2c3d"]
  direct_internet_access = "Disabled"
  kms_key_id             = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_sagemaker_notebook_instance" "unknown" {
  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = "2"
  }
  root_access = "Disabled"
  name                   = "unknown"
  role_arn               = "arn:aws:iam::111122223333:role/notebook"
  instance_type          = "ml.t3.medium"
  subnet_id              = "subnet-0a1b2c3d"
  security_groups        = ["sg-0a1b2c3d"]
  direct_internet_access = var.internet # want-note AWS-108
  kms_key_id             = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

variable "studio_subnets" {
  type    = list(string)
  default = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}

# Studio apps reach the internet only through the VPC.
resource "aws_sagemaker_domain" "studio" {
  domain_name             = "studio"
  auth_mode               = "IAM"
  vpc_id                  = "vpc-0a1b2c3d"
  subnet_ids              = var.studio_subnets
  app_network_access_type = "VpcOnly"
  kms_key_id              = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"

  default_user_settings {
    execution_role  = "arn:aws:iam::111122223333:role/studio"
    security_groups = ["sg-0a1b2c3d"]
  }
}
