variable "notebooks" {
  type    = set(string)
  default = ["research", "sandbox"]
}

variable "root_access" {
  type    = string
  default = "Disabled"
}

variable "caller_root_access" {
  type = string
}

resource "aws_sagemaker_notebook_instance" "this" {
  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = "2"
  }
  for_each               = var.notebooks
  name                   = each.key
  role_arn               = "arn:aws:iam::111122223333:role/sagemaker-notebook"
  instance_type          = "ml.t3.medium"
  subnet_id              = "subnet-0a1b2c3d"
  security_groups        = ["sg-0a1b2c3d"]
  direct_internet_access = "Disabled"
  kms_key_id             = "arn:aws:kms:eu-west-1:111122223333:key/0a1b2c3d-4e5f-6789-abcd-ef0123456789"
  root_access            = var.root_access
}

resource "aws_sagemaker_notebook_instance" "caller" {
  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = "2"
  }
  name                   = "caller"
  role_arn               = "arn:aws:iam::111122223333:role/sagemaker-notebook"
  instance_type          = "ml.t3.medium"
  subnet_id              = "subnet-0a1b2c3d"
  security_groups        = ["sg-0a1b2c3d"]
  direct_internet_access = "Disabled"
  kms_key_id             = "arn:aws:kms:eu-west-1:111122223333:key/0a1b2c3d-4e5f-6789-abcd-ef0123456789"
  root_access            = var.caller_root_access # want-note AWS-246
}
