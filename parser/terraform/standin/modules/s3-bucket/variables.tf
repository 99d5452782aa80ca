# The inputs the stand-in reads, with the module's documented defaults.

variable "create_bucket" {
  type    = bool
  default = true
}

variable "is_directory_bucket" {
  type    = bool
  default = false
}

variable "bucket" {
  type    = string
  default = null
}

variable "bucket_prefix" {
  type    = string
  default = null
}

variable "force_destroy" {
  type    = bool
  default = false
}

variable "object_lock_enabled" {
  type    = bool
  default = false
}

variable "tags" {
  type    = map(string)
  default = {}
}

# The public access block is created, with every setting on, unless
# attach_public_policy is false.
variable "attach_public_policy" {
  type    = bool
  default = true
}

variable "block_public_acls" {
  type    = bool
  default = true
}

variable "block_public_policy" {
  type    = bool
  default = true
}

variable "ignore_public_acls" {
  type    = bool
  default = true
}

variable "restrict_public_buckets" {
  type    = bool
  default = true
}

# Versioning, logging and default encryption are configured only when
# their maps are given.
variable "versioning" {
  type    = map(string)
  default = {}
}

variable "logging" {
  type    = any
  default = {}
}

variable "server_side_encryption_configuration" {
  type    = any
  default = {}
}

variable "attach_policy" {
  type    = bool
  default = false
}

variable "policy" {
  type    = string
  default = null
}

variable "attach_deny_insecure_transport_policy" {
  type    = bool
  default = false
}

variable "attach_require_latest_tls_policy" {
  type    = bool
  default = false
}
