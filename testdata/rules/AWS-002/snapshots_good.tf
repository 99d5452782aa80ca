# Snapshots of encrypted volumes are encrypted with the volume's key.
resource "aws_kms_key" "ebs" {
  description         = "EBS data volumes"
  enable_key_rotation = true
}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 200
  encrypted         = true
  kms_key_id        = aws_kms_key.ebs.arn
}

resource "aws_ebs_snapshot" "nightly" {
  volume_id = aws_ebs_volume.data.id
}

# A volume restored from a snapshot keeps that snapshot's encryption.
resource "aws_ebs_volume" "restored" {
  availability_zone = "eu-west-1a"
  snapshot_id       = "snap-0a1b2c3d4e5f67890"
}

resource "aws_ebs_snapshot" "restored" {
  volume_id = aws_ebs_volume.restored.id
}
