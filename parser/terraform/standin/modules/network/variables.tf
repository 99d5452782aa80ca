# The inputs the stand-in reads, with the module's documented defaults.
# Each entry of subnets is an object of subnet_name, subnet_ip and
# subnet_region, with optional subnet_private_access and subnet_flow_logs
# ("false" by default), the flow log settings, purpose and role.

variable "project_id" {
  type = string
}

variable "network_name" {
  type = string
}

variable "subnets" {
  type = any
}

# Each entry: name, optional direction ("INGRESS"), ranges, priority,
# source and target tags and service accounts, allow, deny, log_config.
variable "firewall_rules" {
  type    = any
  default = []
}

# Each entry: name, optional source_ranges, destination_ranges, priority,
# tags, service accounts, allow, deny, log_config.
variable "ingress_rules" {
  type    = any
  default = []
}

variable "egress_rules" {
  type    = any
  default = []
}
