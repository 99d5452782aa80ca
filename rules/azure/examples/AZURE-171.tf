resource "azurerm_service_fabric_cluster" "apps" {
  name                = "acme-apps"
  resource_group_name = "rg-fabric"
  location            = "westeurope"
  reliability_level   = "Silver"
  upgrade_mode        = "Automatic"
  vm_image            = "Windows"
  management_endpoint = "https://acme-apps.westeurope.cloudapp.azure.com:19080"

  certificate {
    thumbprint      = "33:41:DB:6C:F2:AF:72:C6:11:DF:3B:E3:72:1A:65:3A:F1:D4:3E:CD"
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
