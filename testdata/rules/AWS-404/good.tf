variable "log_bucket" {
  type    = string
  default = "emr-logs-123456789012"
}

variable "log_uri" {
  type = string
}

resource "aws_emr_cluster" "etl" {
  name          = "nightly-etl"
  release_label = "emr-6.15.0"
  applications  = ["Spark"]
  service_role  = "arn:aws:iam::123456789012:role/emr-service"
  log_uri       = "s3://${var.log_bucket}/nightly-etl/"

  security_configuration = "etl"

  ec2_attributes {
    subnet_id                         = "subnet-0a1b2c3d"
    emr_managed_master_security_group = "sg-0a1b2c3d4e5f00001"
    emr_managed_slave_security_group  = "sg-0a1b2c3d4e5f00002"
    instance_profile                  = "arn:aws:iam::123456789012:instance-profile/emr-ec2"
  }

  master_instance_group {
    instance_type = "m6g.xlarge"
  }
}

# A log location handed in by the caller: set, whatever its value.
resource "aws_emr_cluster" "adhoc" {
  name                   = "adhoc"
  release_label          = "emr-6.15.0"
  applications           = ["Hive"]
  service_role           = "arn:aws:iam::123456789012:role/emr-service"
  log_uri                = var.log_uri
  security_configuration = "etl"

  ec2_attributes {
    subnet_id                         = "subnet-0a1b2c3d"
    emr_managed_master_security_group = "sg-0a1b2c3d4e5f00001"
    emr_managed_slave_security_group  = "sg-0a1b2c3d4e5f00002"
    instance_profile                  = "arn:aws:iam::123456789012:instance-profile/emr-ec2"
  }

  master_instance_group {
    instance_type = "m6g.xlarge"
  }
}
