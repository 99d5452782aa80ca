# Secured by a cluster certificate: EncryptAndSign by default.
resource "azurerm_service_fabric_cluster" "orders" {
  name                = "acme-orders"
  resource_group_name = "rg-fabric"
  location            = "westeurope"
  reliability_level   = "Silver"
  upgrade_mode        = "Automatic"
  vm_image            = "Windows"
  management_endpoint = "https://acme-orders.westeurope.cloudapp.azure.com:19080"

  certificate {
    thumbprint           = "33:41:DB:6C:F2:AF:72:C6:11:DF:3B:E3:72:1A:65:3A:F1:D4:3E:CD"
    thumbprint_secondary = "5F:3A:10:9C:2B:44:E1:8D:07:6A:B9:12:CC:3E:71:A0:95:4F:2D:E8"
    x509_store_name      = "My"
  }

  azure_active_directory {
    tenant_id              = "00000000-0000-0000-0000-000000000000"
    cluster_application_id = "00000000-0000-0000-0000-000000000010"
    client_application_id  = "00000000-0000-0000-0000-000000000011"
  }

  fabric_settings {
    name = "ClusterManager"
    parameters = {
      EnableDefaultServicesUpgrade = "true"
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

# Common names instead of thumbprints, and the level written out.
variable "clusters" {
  type    = set(string)
  default = ["billing", "reports"]
}

resource "azurerm_service_fabric_cluster" "apps" {
  for_each            = var.clusters
  name                = "acme-${each.key}"
  resource_group_name = "rg-fabric"
  location            = "westeurope"
  reliability_level   = "Silver"
  upgrade_mode        = "Automatic"
  vm_image            = "Linux"
  management_endpoint = "https://acme-${each.key}.westeurope.cloudapp.azure.com:19080"

  certificate_common_names {
    common_names {
      certificate_common_name       = "${each.key}.fabric.acme.example"
      certificate_issuer_thumbprint = "33:41:DB:6C:F2:AF:72:C6:11:DF:3B:E3:72:1A:65:3A:F1:D4:3E:CD"
    }
    x509_store_name = "My"
  }

  azure_active_directory {
    tenant_id              = "00000000-0000-0000-0000-000000000000"
    cluster_application_id = "00000000-0000-0000-0000-000000000030"
    client_application_id  = "00000000-0000-0000-0000-000000000031"
  }

  fabric_settings {
    name = "Security"
    parameters = {
      ClusterProtectionLevel = "EncryptAndSign"
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
