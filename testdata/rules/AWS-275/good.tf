variable "subnet_id" {
  type = string
}

variable "security_configuration_name" {
  type = string
}

resource "aws_emr_cluster" "etl" {
  name                   = "etl"
  release_label          = "emr-7.1.0"
  log_uri                = "s3://emr-logs-123456789012/"
  applications           = ["Spark", "Hive"]
  service_role           = "EMR_DefaultRole"
  security_configuration = "etl-encrypted" # created by the account baseline

  ec2_attributes {
    subnet_id        = var.subnet_id
    instance_profile = "EMR_EC2_DefaultRole"
  }

  master_instance_group {
    instance_type = "m5.xlarge"
  }
}

# The name of a configuration managed by the platform team.
resource "aws_emr_cluster" "shared" {
  for_each               = toset(["reporting", "ml"])
  name                   = each.key
  release_label          = "emr-7.1.0"
  log_uri                = "s3://emr-logs-123456789012/"
  applications           = ["Spark"]
  service_role           = "EMR_DefaultRole"
  security_configuration = var.security_configuration_name

  ec2_attributes {
    subnet_id        = var.subnet_id
    instance_profile = "EMR_EC2_DefaultRole"
  }

  master_instance_group {
    instance_type = "m5.xlarge"
  }
}
