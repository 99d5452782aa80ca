resource "aws_emr_cluster" "etl" {
  name          = "nightly-etl"
  release_label = "emr-6.15.0"
  applications  = ["Spark"]
  service_role  = "arn:aws:iam::123456789012:role/emr-service"
  log_uri       = "s3://emr-logs-123456789012/nightly-etl/"

  security_configuration = "etl"

  ec2_attributes {
    subnet_id        = "subnet-0a1b2c3d"
    instance_profile = "arn:aws:iam::123456789012:instance-profile/emr-ec2"
  }

  master_instance_group {
    instance_type = "m6g.xlarge"
  }
}
