variable "efs_encrypted_unknown" {
  type = bool
}

resource "aws_efs_file_system" "ok_encrypted" {
  creation_token = "ok-encrypted"
  encrypted      = true
}

resource "aws_kms_key" "efs" {
  description         = "efs"
  enable_key_rotation = true
}

resource "aws_efs_file_system" "ok_cmk" {
  creation_token = "ok-cmk"
  encrypted      = true
  kms_key_id     = aws_kms_key.efs.arn
}

# A key without the flag implies encryption (the API rejects it otherwise).
resource "aws_efs_file_system" "ok_key_only" {
  creation_token = "ok-key-only"
  kms_key_id     = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_efs_file_system" "ok_unknown" {
  creation_token = "ok-unknown"
  encrypted      = var.efs_encrypted_unknown # want-note AWS-041
}
