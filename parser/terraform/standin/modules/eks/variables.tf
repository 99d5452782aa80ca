# The inputs whose names v19, v20 and v21 share, with their documented
# defaults.

variable "create" {
  type    = bool
  default = true
}

variable "create_kms_key" {
  type    = bool
  default = true
}

variable "enable_kms_key_rotation" {
  type    = bool
  default = true
}

variable "create_cloudwatch_log_group" {
  type    = bool
  default = true
}

variable "cloudwatch_log_group_retention_in_days" {
  type    = number
  default = 90
}

variable "cloudwatch_log_group_kms_key_id" {
  type    = string
  default = null
}
