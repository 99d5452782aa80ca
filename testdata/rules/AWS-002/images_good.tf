variable "copy_key_arn" {
  type    = string
  default = "arn:aws:kms:us-west-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_ami" "base" {
  name                = "base-image"
  virtualization_type = "hvm"
  root_device_name    = "/dev/xvda"

  # Built from a snapshot: the snapshot's encryption carries over.
  ebs_block_device {
    device_name = "/dev/xvda"
    snapshot_id = "snap-0a1b2c3d4e5f67890"
  }

  ebs_block_device {
    device_name = "/dev/xvdb"
    volume_size = 100
    encrypted   = true
  }
}

resource "aws_ami_copy" "to_eu" {
  name              = "base-image-eu"
  source_ami_id     = "ami-0a1b2c3d4e5f67890"
  source_ami_region = "us-east-1"
  encrypted         = true
  kms_key_id        = var.copy_key_arn
}

resource "aws_ebs_snapshot_copy" "dr" {
  source_snapshot_id = "snap-0a1b2c3d4e5f67890"
  source_region      = "us-east-1"
  encrypted          = true
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
      dynamic "cross_region_copy_rule" {
        for_each = toset(["us-west-2", "eu-west-1"])
        content {
          target    = cross_region_copy_rule.value
          encrypted = true
          retain_rule {
            interval      = 7
            interval_unit = "DAYS"
          }
        }
      }
    }
  }
}
