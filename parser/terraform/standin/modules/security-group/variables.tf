# The inputs the stand-in reads, with the module's documented defaults.

variable "create" {
  type    = bool
  default = true
}

variable "create_sg" {
  type    = bool
  default = true
}

variable "security_group_id" {
  type    = string
  default = null
}

variable "name" {
  type    = string
  default = null
}

variable "use_name_prefix" {
  type    = bool
  default = true
}

variable "description" {
  type    = string
  default = "Security Group managed by Terraform"
}

variable "vpc_id" {
  type    = string
  default = null
}

variable "revoke_rules_on_delete" {
  type    = bool
  default = false
}

variable "tags" {
  type    = map(string)
  default = {}
}

variable "ingress_rules" {
  type    = list(string)
  default = []
}

variable "ingress_with_cidr_blocks" {
  type    = list(map(string))
  default = []
}

variable "ingress_with_ipv6_cidr_blocks" {
  type    = list(map(string))
  default = []
}

variable "ingress_cidr_blocks" {
  type    = list(string)
  default = []
}

variable "ingress_ipv6_cidr_blocks" {
  type    = list(string)
  default = []
}

variable "egress_rules" {
  type    = list(string)
  default = []
}

variable "egress_with_cidr_blocks" {
  type    = list(map(string))
  default = []
}

variable "egress_with_ipv6_cidr_blocks" {
  type    = list(map(string))
  default = []
}

# Unlike the ingress lists, the egress lists default to the whole internet.
variable "egress_cidr_blocks" {
  type    = list(string)
  default = ["0.0.0.0/0"]
}

variable "egress_ipv6_cidr_blocks" {
  type    = list(string)
  default = ["::/0"]
}
