resource "aws_sagemaker_notebook_instance" "research" { # want AWS-151 "kms_key_id is not set"
  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = "2"
  }
  root_access = "Disabled"
  name                   = "research"
  role_arn               = "arn:aws:iam::111122223333:role/sagemaker"
  instance_type          = "ml.t3.medium"
  direct_internet_access = "Disabled"
  subnet_id              = "subnet-1"
  security_groups        = ["sg-1"]
}

resource "aws_sagemaker_endpoint_configuration" "model" { # want AWS-151
  name = "model"

  production_variants {
    variant_name           = "primary"
    model_name             = "model"
    initial_instance_count = 1
    instance_type          = "ml.m5.large"
  }
}
