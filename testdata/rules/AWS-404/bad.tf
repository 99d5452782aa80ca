variable "release" {
  type    = string
  default = "emr-6.15.0"
}

# A transient Spark cluster created without a log location: its step and
# daemon logs stay on the nodes and are gone when it terminates.
resource "aws_emr_cluster" "etl" { # want AWS-404 "log_uri is not set"
  name          = "nightly-etl"
  release_label = var.release
  applications  = ["Spark"]
  service_role  = aws_iam_role.emr_service.arn

  security_configuration = aws_emr_security_configuration.etl.name

  ec2_attributes {
    subnet_id                         = "subnet-0a1b2c3d"
    emr_managed_master_security_group = "sg-0a1b2c3d4e5f00001"
    emr_managed_slave_security_group  = "sg-0a1b2c3d4e5f00002"
    instance_profile                  = "arn:aws:iam::123456789012:instance-profile/emr-ec2"
  }

  master_instance_group {
    instance_type = "m6g.xlarge"
  }

  core_instance_group {
    instance_type  = "m6g.xlarge"
    instance_count = 2
  }

  keep_job_flow_alive_when_no_steps = false
}

resource "aws_iam_role" "emr_service" {
  name = "emr-service"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "elasticmapreduce.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_emr_security_configuration" "etl" {
  name = "etl"
  configuration = jsonencode({
    EncryptionConfiguration = {
      EnableInTransitEncryption = true
      EnableAtRestEncryption    = true
      InTransitEncryptionConfiguration = {
        TLSCertificateConfiguration = {
          CertificateProviderType = "PEM"
          S3Object                = "s3://emr-certs-123456789012/certs.zip"
        }
      }
      AtRestEncryptionConfiguration = {
        S3EncryptionConfiguration = { EncryptionMode = "SSE-S3" }
        LocalDiskEncryptionConfiguration = {
          EncryptionKeyProviderType = "AwsKms"
          AwsKmsKey                 = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
        }
      }
    }
  })
}
