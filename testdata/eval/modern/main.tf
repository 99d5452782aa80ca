# Terraform 1.5+ syntax reads without errors: check, import, moved, removed
# and ephemeral blocks, preconditions and provider-defined functions (which
# are unknown, so nothing is reported on them).
terraform {
  required_version = ">= 1.10"
}

check "health" {
  data "http" "status" {
    url = "https://status.example.com"
  }
  assert {
    condition     = data.http.status.status_code == 200
    error_message = "the status page is down"
  }
}

import {
  to = aws_ebs_volume.data
  id = "vol-0123456789abcdef0"
}

moved {
  from = aws_ebs_volume.old
  to   = aws_ebs_volume.data
}

removed {
  from = aws_instance.retired
  lifecycle {
    destroy = false
  }
}

ephemeral "aws_secretsmanager_secret_version" "db" {
  secret_id = "db-password"
}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = false # want AWS-002
  lifecycle {
    precondition {
      condition     = provider::aws::arn_parse("arn:aws:kms:eu-west-1:111122223333:key/x").service == "kms"
      error_message = "not a KMS key"
    }
  }
}

output "volume_arn_region" {
  value = provider::aws::arn_parse("arn:aws:ec2:eu-west-1:111122223333:volume/vol-1").region
}
