resource "aws_emr_security_configuration" "encrypted" {
  name = "etl-encrypted"
  configuration = jsonencode({
    EncryptionConfiguration = {
      EnableAtRestEncryption = true
      AtRestEncryptionConfiguration = {
        LocalDiskEncryptionConfiguration = {
          EncryptionKeyProviderType = "AwsKms"
          AwsKmsKey                 = aws_kms_key.emr.arn
          EnableEbsEncryption       = true
        }
        S3EncryptionConfiguration = {
          EncryptionMode = "SSE-KMS"
          AwsKmsKey      = aws_kms_key.emr.arn
        }
      }
      EnableInTransitEncryption = true
      InTransitEncryptionConfiguration = {
        TLSCertificateConfiguration = {
          CertificateProviderType = "PEM"
          S3Object                = "s3://${aws_s3_bucket.emr_certs.bucket}/certs.zip"
        }
      }
    }
  })
}

resource "aws_emr_cluster" "etl" {
  name                   = "etl"
  release_label          = "emr-7.1.0"
  log_uri                = "s3://emr-logs-123456789012/"
  applications           = ["Spark"]
  service_role           = aws_iam_role.emr_service.arn
  security_configuration = aws_emr_security_configuration.encrypted.name

  ec2_attributes {
    subnet_id        = aws_subnet.private.id
    instance_profile = aws_iam_instance_profile.emr.arn
  }

  master_instance_group {
    instance_type = "m5.xlarge"
  }
}
