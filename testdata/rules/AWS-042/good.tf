variable "key_spec_unknown" {
  type = string
}

variable "rotate_unknown" {
  type = bool
}

resource "aws_kms_key" "ok_rotating" {
  description             = "rotating"
  enable_key_rotation     = true
  rotation_period_in_days = 180
}

# Asymmetric and HMAC keys cannot rotate automatically.
resource "aws_kms_key" "ok_signing" {
  description              = "signing"
  customer_master_key_spec = "RSA_2048"
  key_usage                = "SIGN_VERIFY"
}

resource "aws_kms_key" "ok_hmac" {
  description              = "hmac"
  customer_master_key_spec = "HMAC_256"
  key_usage                = "GENERATE_VERIFY_MAC"
}

# Keys in a custom key store cannot rotate automatically.
resource "aws_kms_key" "ok_cloudhsm" {
  description         = "cloudhsm"
  custom_key_store_id = "cks-1234567890abcdef0"
}

resource "aws_kms_key" "ok_disabled" {
  description = "disabled"
  is_enabled  = false
}

resource "aws_kms_key" "ok_unknown_spec" {
  description              = "unknown spec"
  customer_master_key_spec = var.key_spec_unknown # want-note AWS-042
}

resource "aws_kms_key" "ok_unknown_rotation" {
  description         = "unknown rotation"
  enable_key_rotation = var.rotate_unknown # want-note AWS-042
}

# Imported key material cannot rotate automatically.
resource "aws_kms_external_key" "ok_imported" {
  description = "imported"
}

resource "aws_kms_replica_key" "ok_replica" {
  description     = "replica"
  primary_key_arn = "arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
}
