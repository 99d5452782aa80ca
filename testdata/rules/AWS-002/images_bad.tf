# A registered image whose empty data volume asks for no encryption.
resource "aws_ami" "base" {
  name                = "base-image"
  virtualization_type = "hvm"
  root_device_name    = "/dev/xvda"

  ebs_block_device {
    device_name = "/dev/xvda"
    snapshot_id = "snap-0a1b2c3d4e5f67890"
  }

  ebs_block_device { # want AWS-002 "EBS block device /dev/xvdb"
    device_name = "/dev/xvdb"
    volume_size = 100
  }

  ebs_block_device {
    device_name = "/dev/xvdc"
    volume_size = 50
    encrypted   = false # want AWS-002
  }
}

resource "aws_ami_copy" "to_eu" { # want AWS-002 "copied image"
  name              = "base-image-eu"
  source_ami_id     = "ami-0a1b2c3d4e5f67890"
  source_ami_region = "us-east-1"
}

resource "aws_ebs_snapshot_copy" "dr" {
  source_snapshot_id = "snap-0a1b2c3d4e5f67890"
  source_region      = "us-east-1"
  encrypted          = false # want AWS-002
}

resource "aws_dlm_lifecycle_policy" "daily" {
  description        = "daily snapshots copied to the DR Region"
  execution_role_arn = "arn:aws:iam::123456789012:role/dlm"

  policy_details {
    resource_types = ["VOLUME"]
    target_tags    = { Backup = "daily" }

    schedule {
      name = "daily"
      create_rule {
        interval = 24
      }
      retain_rule {
        count = 7
      }
      cross_region_copy_rule {
        target    = "us-west-2"
        encrypted = false # want AWS-002
        retain_rule {
          interval      = 7
          interval_unit = "DAYS"
        }
      }
    }
  }
}
