resource "aws_sagemaker_notebook_instance" "default_root" { # want AWS-246 "root_access is not set"
  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = "2"
  }
  name                   = "research"
  role_arn               = "arn:aws:iam::111122223333:role/sagemaker-notebook"
  instance_type          = "ml.t3.medium"
  subnet_id              = "subnet-0a1b2c3d"
  security_groups        = ["sg-0a1b2c3d"]
  direct_internet_access = "Disabled"
  kms_key_id             = "arn:aws:kms:eu-west-1:111122223333:key/0a1b2c3d-4e5f-6789-abcd-ef0123456789"
}

resource "aws_sagemaker_notebook_instance" "root_on" {
  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = "2"
  }
  name                   = "sandbox"
  role_arn               = "arn:aws:iam::111122223333:role/sagemaker-notebook"
  instance_type          = "ml.t3.medium"
  subnet_id              = "subnet-0a1b2c3d"
  security_groups        = ["sg-0a1b2c3d"]
  direct_internet_access = "Disabled"
  kms_key_id             = "arn:aws:kms:eu-west-1:111122223333:key/0a1b2c3d-4e5f-6789-abcd-ef0123456789"
  root_access            = "Enabled" # want AWS-246
}
