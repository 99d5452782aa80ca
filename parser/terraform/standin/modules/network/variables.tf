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
