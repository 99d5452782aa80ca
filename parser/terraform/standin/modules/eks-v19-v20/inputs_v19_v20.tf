# The cluster_* inputs of v19 and v20, with their documented defaults:
# a private endpoint, audit, api and authenticator logs, and secrets
# encrypted with a key the module creates.

variable "cluster_name" {
  type    = string
  default = ""
}

variable "cluster_endpoint_public_access" {
  type    = bool
  default = false
}

variable "cluster_endpoint_private_access" {
  type    = bool
  default = true
}

variable "cluster_endpoint_public_access_cidrs" {
  type    = list(string)
  default = ["0.0.0.0/0"]
}

variable "cluster_enabled_log_types" {
  type    = list(string)
  default = ["audit", "api", "authenticator"]
}

# Any map: an empty one turns encryption off.
variable "cluster_encryption_config" {
  type = any
  default = {
    resources = ["secrets"]
  }
}

locals {
  name                         = var.cluster_name
  endpoint_public_access       = var.cluster_endpoint_public_access
  endpoint_private_access      = var.cluster_endpoint_private_access
  endpoint_public_access_cidrs = var.cluster_endpoint_public_access_cidrs
  enabled_log_types            = var.cluster_enabled_log_types
  encryption_config            = var.cluster_encryption_config
  encrypt                      = length(var.cluster_encryption_config) > 0
}
