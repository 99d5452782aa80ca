variable "subnet_id" {
  type = string
}

resource "aws_emr_cluster" "etl" { # want AWS-275
  name          = "etl"
  release_label = "emr-7.1.0"
  log_uri       = "s3://emr-logs-123456789012/"
  applications  = ["Spark", "Hive"]
  service_role  = "EMR_DefaultRole"

  ec2_attributes {
    subnet_id        = var.subnet_id
    instance_profile = "EMR_EC2_DefaultRole"
  }

  master_instance_group {
    instance_type = "m5.xlarge"
  }

  core_instance_group {
    instance_type  = "m5.xlarge"
    instance_count = 2
  }
}

# A module that makes the security configuration optional and leaves it off.
variable "security_configuration" {
  type    = string
  default = null
}

resource "aws_emr_cluster" "adhoc" { # want AWS-275
  name                   = "adhoc"
  release_label          = "emr-7.1.0"
  log_uri                = "s3://emr-logs-123456789012/"
  applications           = ["Spark"]
  service_role           = "EMR_DefaultRole"
  security_configuration = var.security_configuration

  ec2_attributes {
    subnet_id        = var.subnet_id
    instance_profile = "EMR_EC2_DefaultRole"
  }

  master_instance_group {
    instance_type = "m5.xlarge"
  }
}
