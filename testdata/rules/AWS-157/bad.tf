resource "aws_emr_security_configuration" "kerberos_only" { # want AWS-157 "no EncryptionConfiguration" AWS-158
  name = "kerberos-only"
  configuration = jsonencode({
    AuthenticationConfiguration = {
      KerberosConfiguration = {
        Provider = "ClusterDedicatedKdc"
        ClusterDedicatedKdcConfiguration = {
          TicketLifetimeInHours = 24
        }
      }
    }
  })
}

resource "aws_emr_security_configuration" "transit_only" {
  name = "transit-only"
  configuration = jsonencode({ # want AWS-157 "EnableAtRestEncryption = false"
    EncryptionConfiguration = {
      EnableInTransitEncryption = true
      EnableAtRestEncryption    = false
      InTransitEncryptionConfiguration = {
        TLSCertificateConfiguration = {
          CertificateProviderType = "PEM"
          S3Object                = "s3://emr-certs/certs.zip"
        }
      }
    }
  })
}
