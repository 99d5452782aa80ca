# The Azure Verified Modules' way: the ARM type from var.resource_types,
# the body built in locals with its null properties dropped by a for
# expression, one property (the DNS prefix) computed by another resource.
variable "resource_types" {
  type = object({
    containerservice_managed_clusters = optional(string, "Microsoft.ContainerService/managedClusters@2025-07-01")
  })
  default = {}
}

variable "disable_local_accounts" {
  type    = bool
  default = false
}

variable "enable_rbac" {
  type    = bool
  default = null
}

variable "authorized_ip_ranges" {
  type    = list(string)
  default = ["203.0.113.0/24"]
}

resource "random_string" "dns_prefix" {
  length  = 10
  special = false
  upper   = false
}

locals {
  resource_body_full = {
    properties = {
      disableLocalAccounts   = var.disable_local_accounts
      enableRBAC             = var.enable_rbac
      dnsPrefix              = random_string.dns_prefix.result
      apiServerAccessProfile = { authorizedIPRanges = var.authorized_ip_ranges }
      networkProfile         = { networkPlugin = "azure", networkPolicy = "cilium" }
    }
    sku = { name = "Base", tier = "Standard" }
  }
  resource_body_properties = { for k, v in local.resource_body_full.properties : k => v if v != null }
  resource_body            = merge(local.resource_body_full, { properties = local.resource_body_properties })
}

resource "azapi_resource" "this" {
  type                 = var.resource_types.containerservice_managed_clusters
  name                 = "acme-aks"
  parent_id            = "/subscriptions/0000/resourceGroups/rg-aks"
  location             = "westeurope"
  body                 = local.resource_body # want AZURE-108 "disableLocalAccounts = false"
  ignore_null_property = true
}
