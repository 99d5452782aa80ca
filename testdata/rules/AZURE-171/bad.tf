# A test cluster left without a cluster certificate: unsecured.
resource "azurerm_service_fabric_cluster" "sandbox" { # want AZURE-171 "no cluster certificate" # want AZURE-137
  name                = "acme-sandbox"
  resource_group_name = "rg-fabric"
  location            = "westeurope"
  reliability_level   = "Bronze"
  upgrade_mode        = "Automatic"
  vm_image            = "Windows"
  management_endpoint = "http://acme-sandbox.westeurope.cloudapp.azure.com:19080"

  node_type {
    name                 = "primary"
    instance_count       = 3
    is_primary           = true
    client_endpoint_port = 19000
    http_endpoint_port   = 19080
  }
}

# Secured, but the protection level lowered to signing only.
resource "azurerm_service_fabric_cluster" "orders" {
  name                = "acme-orders"
  resource_group_name = "rg-fabric"
  location            = "westeurope"
  reliability_level   = "Silver"
  upgrade_mode        = "Automatic"
  vm_image            = "Windows"
  management_endpoint = "https://acme-orders.westeurope.cloudapp.azure.com:19080"

  certificate_common_names {
    common_names {
      certificate_common_name       = "orders.fabric.acme.example"
      certificate_issuer_thumbprint = "33:41:DB:6C:F2:AF:72:C6:11:DF:3B:E3:72:1A:65:3A:F1:D4:3E:CD"
    }
    x509_store_name = "My"
  }

  azure_active_directory {
    tenant_id              = "00000000-0000-0000-0000-000000000000"
    cluster_application_id = "00000000-0000-0000-0000-000000000010"
    client_application_id  = "00000000-0000-0000-0000-000000000011"
  }

  fabric_settings {
    name = "Security"
    parameters = {
      ClusterProtectionLevel = "Sign" # want AZURE-171 "ClusterProtectionLevel Sign"
    }
  }

  node_type {
    name                 = "primary"
    instance_count       = 5
    is_primary           = true
    client_endpoint_port = 19000
    http_endpoint_port   = 19080
  }
}

# Fabric settings kept in a map, written as dynamic blocks.
locals {
  fabric_settings = {
    Security       = { ClusterProtectionLevel = "None" }
    ClusterManager = { EnableDefaultServicesUpgrade = "true" }
  }
}

resource "azurerm_service_fabric_cluster" "billing" {
  name                = "acme-billing"
  resource_group_name = "rg-fabric"
  location            = "westeurope"
  reliability_level   = "Silver"
  upgrade_mode        = "Automatic"
  vm_image            = "Windows"
  management_endpoint = "https://acme-billing.westeurope.cloudapp.azure.com:19080"

  certificate {
    thumbprint      = "5F:3A:10:9C:2B:44:E1:8D:07:6A:B9:12:CC:3E:71:A0:95:4F:2D:E8"
    x509_store_name = "My"
  }

  azure_active_directory {
    tenant_id              = "00000000-0000-0000-0000-000000000000"
    cluster_application_id = "00000000-0000-0000-0000-000000000020"
    client_application_id  = "00000000-0000-0000-0000-000000000021"
  }

  dynamic "fabric_settings" {
    for_each = local.fabric_settings
    content {
      name       = fabric_settings.key
      parameters = fabric_settings.value # want AZURE-171 "ClusterProtectionLevel None"
    }
  }

  node_type {
    name                 = "primary"
    instance_count       = 5
    is_primary           = true
    client_endpoint_port = 19000
    http_endpoint_port   = 19080
  }
}

# The certificate comes from the caller: whether there is one is not known.
variable "cluster_certificates" {
  type = list(object({ thumbprint = string }))
}

resource "azurerm_service_fabric_cluster" "reports" { # want AZURE-137
  name                = "acme-reports"
  resource_group_name = "rg-fabric"
  location            = "westeurope"
  reliability_level   = "Bronze"
  upgrade_mode        = "Automatic"
  vm_image            = "Linux"
  management_endpoint = "https://acme-reports.westeurope.cloudapp.azure.com:19080"

  dynamic "certificate" { # want-note AZURE-171
    for_each = var.cluster_certificates
    content {
      thumbprint      = certificate.value.thumbprint
      x509_store_name = "My"
    }
  }

  node_type {
    name                 = "primary"
    instance_count       = 3
    is_primary           = true
    client_endpoint_port = 19000
    http_endpoint_port   = 19080
  }
}
