resource "aws_kms_key" "emr" {
  description         = "emr"
  enable_key_rotation = true
}

resource "aws_emr_security_configuration" "encrypted" {
  name = "encrypted"
  configuration = jsonencode({
    EncryptionConfiguration = {
      EnableInTransitEncryption = true
      EnableAtRestEncryption    = true
      InTransitEncryptionConfiguration = {
        TLSCertificateConfiguration = {
          CertificateProviderType = "PEM"
          S3Object                = "s3://emr-certs/certs.zip"
        }
      }
      AtRestEncryptionConfiguration = {
        S3EncryptionConfiguration = {
          EncryptionMode = "SSE-KMS"
          AwsKmsKey      = aws_kms_key.emr.arn
        }
        LocalDiskEncryptionConfiguration = {
          EncryptionKeyProviderType = "AwsKms"
          AwsKmsKey                 = aws_kms_key.emr.arn
          EnableEbsEncryption       = true
        }
      }
    }
  })
}

# The document as a heredoc, as older modules write it.
resource "aws_emr_security_configuration" "heredoc" {
  name          = "heredoc"
  configuration = <<-EOT
    {
      "EncryptionConfiguration": {
        "EnableInTransitEncryption": true,
        "EnableAtRestEncryption": true,
        "InTransitEncryptionConfiguration": {
          "TLSCertificateConfiguration": {
            "CertificateProviderType": "PEM",
            "S3Object": "s3://emr-certs/certs.zip"
          }
        },
        "AtRestEncryptionConfiguration": {
          "S3EncryptionConfiguration": {"EncryptionMode": "SSE-S3"},
          "LocalDiskEncryptionConfiguration": {
            "EncryptionKeyProviderType": "AwsKms",
            "AwsKmsKey": "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
          }
        }
      }
    }
  EOT
}
