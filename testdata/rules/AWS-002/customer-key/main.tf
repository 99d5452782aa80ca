# With require-customer-key, an encrypted volume or block device must use a
# customer managed key: the one it names or, when it names none, the
# account's default EBS key, which is the AWS managed key aws/ebs here (no
# aws_ebs_default_kms_key). Unencrypted devices are reported as without the
# option.
variable "volume_key_arn" {
  type = string
}

variable "ami_id" {
  type = string
}

resource "aws_kms_key" "ebs" {
  description         = "ebs volumes"
  enable_key_rotation = true
}

resource "aws_ebs_volume" "aws_managed" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = true # want AWS-002 "aws/ebs"
}

resource "aws_ebs_volume" "own_key" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = true
  kms_key_id        = aws_kms_key.ebs.arn
}

resource "aws_ebs_volume" "from_variable" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = true
  kms_key_id        = var.volume_key_arn # want-note AWS-002
}

resource "aws_ebs_volume" "unencrypted" { # want AWS-002 "volume is not encrypted"
  availability_zone = "eu-west-1a"
  size              = 100
}

resource "aws_launch_template" "workers" {
  name_prefix = "workers-"
  image_id    = var.ami_id

  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "required"
  }

  dynamic "block_device_mappings" {
    for_each = toset(["/dev/xvda", "/dev/xvdb"])
    content {
      device_name = block_device_mappings.value
      ebs {
        volume_size = 50
        encrypted   = true
        kms_key_id  = aws_kms_key.ebs.arn
      }
    }
  }
}

resource "aws_launch_template" "batch" {
  name_prefix = "batch-"
  image_id    = var.ami_id

  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "required"
  }

  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      volume_size = 50
      encrypted   = true # want AWS-002 "aws/ebs"
    }
  }
}

resource "aws_launch_configuration" "legacy" {
  name_prefix   = "legacy-"
  image_id      = var.ami_id
  instance_type = "t3.micro"

  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "required"
  }

  # A launch configuration cannot name a key: the account's default is used.
  root_block_device {
    volume_size = 20
    encrypted   = true # want AWS-002 "aws/ebs"
  }
}

# An alias ARN under alias/aws/ names the AWS managed key like the bare
# alias does.
resource "aws_ebs_volume" "managed_alias_arn" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = true
  kms_key_id        = "arn:aws:kms:eu-west-1:111122223333:alias/aws/ebs" # want AWS-002 "AWS managed key"
}

variable "source_snapshot_id" {
  type = string
}

variable "source_ami_id" {
  type = string
}

# Copies name their key in kms_key_id; an encrypted copy that names none
# uses the account's default EBS key (aws/ebs here).
resource "aws_ebs_snapshot_copy" "own_key" {
  source_snapshot_id = var.source_snapshot_id
  source_region      = "eu-west-2"
  encrypted          = true
  kms_key_id         = aws_kms_key.ebs.arn
}

resource "aws_ebs_snapshot_copy" "default_key" {
  source_snapshot_id = var.source_snapshot_id
  source_region      = "eu-west-2"
  encrypted          = true # want AWS-002 "aws/ebs"
}

resource "aws_ami_copy" "managed_alias" {
  name              = "golden-copy"
  source_ami_id     = var.source_ami_id
  source_ami_region = "eu-west-2"
  encrypted         = true
  kms_key_id        = "arn:aws:kms:eu-west-1:111122223333:alias/aws/ebs" # want AWS-002 "AWS managed key"
}

resource "aws_ami_copy" "own_alias" {
  name              = "golden-copy-cmk"
  source_ami_id     = var.source_ami_id
  source_ami_region = "eu-west-2"
  encrypted         = true
  kms_key_id        = aws_kms_key.ebs.arn
}

# Cross-Region copies of a lifecycle policy name their key in cmk_arn; an
# encrypted copy that names none uses the default EBS key of the account.
resource "aws_dlm_lifecycle_policy" "dr" {
  description        = "daily snapshots copied to the DR Region"
  execution_role_arn = "arn:aws:iam::111122223333:role/dlm"

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
        target    = "eu-west-2"
        encrypted = true # want AWS-002 "cross-Region snapshot copy is not encrypted with a customer managed"
        retain_rule {
          interval      = 7
          interval_unit = "DAYS"
        }
      }
      cross_region_copy_rule {
        target    = "eu-central-1"
        encrypted = true
        cmk_arn   = aws_kms_key.ebs.arn
        retain_rule {
          interval      = 7
          interval_unit = "DAYS"
        }
      }
    }
  }
}
