resource "aws_sagemaker_notebook_instance" "modelling" {
  name            = "modelling"
  instance_type   = "ml.t3.medium"
  role_arn        = "arn:aws:iam::111122223333:role/sagemaker-notebook"
  kms_key_id      = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  subnet_id       = "subnet-0a1b2c3d"
  security_groups = ["sg-0a1b2c3d"]

  direct_internet_access = "Disabled"
  root_access            = "Disabled"

  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = "2"
  }
}
