# The inputs the stand-in reads, with the module's documented defaults.

variable "create_vpc" {
  type    = bool
  default = true
}

variable "name" {
  type    = string
  default = ""
}

variable "cidr" {
  type    = string
  default = "10.0.0.0/16"
}

variable "instance_tenancy" {
  type    = string
  default = "default"
}

variable "enable_dns_hostnames" {
  type    = bool
  default = true
}

variable "enable_dns_support" {
  type    = bool
  default = true
}

variable "tags" {
  type    = map(string)
  default = {}
}

variable "public_subnets" {
  type    = list(string)
  default = []
}

variable "map_public_ip_on_launch" {
  type    = bool
  default = false
}

# No flow log unless asked for.
variable "enable_flow_log" {
  type    = bool
  default = false
}

variable "flow_log_traffic_type" {
  type    = string
  default = "ALL"
}

variable "flow_log_destination_type" {
  type    = string
  default = "cloud-watch-logs"
}

variable "flow_log_destination_arn" {
  type    = string
  default = ""
}

variable "flow_log_max_aggregation_interval" {
  type    = number
  default = 600
}

variable "create_flow_log_cloudwatch_log_group" {
  type    = bool
  default = false
}

variable "flow_log_cloudwatch_log_group_name_prefix" {
  type    = string
  default = "/aws/vpc-flow-log/"
}

variable "flow_log_cloudwatch_log_group_retention_in_days" {
  type    = number
  default = null
}

variable "flow_log_cloudwatch_log_group_kms_key_id" {
  type    = string
  default = null
}
