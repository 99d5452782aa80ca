# Snapshots taken of volumes: a snapshot is encrypted exactly when the volume is.
resource "aws_ebs_volume" "data" { # want AWS-002
  availability_zone = "eu-west-1a"
  size              = 200
  type              = "gp3"
}

resource "aws_ebs_snapshot" "nightly" {
  volume_id   = aws_ebs_volume.data.id # want AWS-002 "is taken of aws_ebs_volume.data"
  description = "nightly copy of the data volume"
}

variable "logs_encrypted" {
  type    = bool
  default = false
}

resource "aws_ebs_volume" "logs" {
  for_each          = toset(["a", "b"])
  availability_zone = "eu-west-1${each.key}"
  size              = 50
  encrypted         = var.logs_encrypted # want AWS-002
}

resource "aws_ebs_snapshot" "logs" {
  for_each  = aws_ebs_volume.logs
  volume_id = each.value.id # want AWS-002 "not encrypted either"
}

# A volume that is not in the scanned code: its encryption is not known.
resource "aws_ebs_snapshot" "imported" {
  volume_id = "vol-0a1b2c3d4e5f67890" # want-note AWS-002
}
