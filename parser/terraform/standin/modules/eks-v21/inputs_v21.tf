# The inputs of v21, which dropped the cluster_ prefix, with their
# documented defaults: a private endpoint, audit, api and authenticator
# logs, and secrets encrypted with a key the module creates.

variable "name" {
  type    = string
  default = ""
}

variable "endpoint_public_access" {
  type    = bool
  default = false
}

variable "endpoint_private_access" {
  type    = bool
  default = true
}

variable "endpoint_public_access_cidrs" {
  type    = list(string)
  default = ["0.0.0.0/0"]
}

variable "enabled_log_types" {
  type    = list(string)
  default = ["audit", "api", "authenticator"]
}

# null turns encryption off.
variable "encryption_config" {
  type = object({
    provider_key_arn = optional(string)
    resources        = optional(list(string), ["secrets"])
  })
  default = {}
}

locals {
  name                         = var.name
  endpoint_public_access       = var.endpoint_public_access
  endpoint_private_access      = var.endpoint_private_access
  endpoint_public_access_cidrs = var.endpoint_public_access_cidrs
  enabled_log_types            = var.enabled_log_types
  encryption_config            = var.encryption_config
  encrypt                      = var.encryption_config != null
}
