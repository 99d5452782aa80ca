resource "azurerm_storage_account" "records" { # want AZURE-124 # want AZURE-144 # want AZURE-153 # want AZURE-166 # want AZURE-168
  name                            = "acmerecords"
  resource_group_name             = "rg-data"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "GRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
}

resource "azurerm_container_registry" "images" {
  name                          = "acmeimages"
  resource_group_name           = "rg-data"
  location                      = "westeurope"
  sku                           = "Premium"
  public_network_access_enabled = false

  encryption { # want AZURE-124
  }
}

resource "azurerm_servicebus_namespace" "bus" { # want AZURE-124 # want AZURE-176
  name                          = "acme-bus"
  local_auth_enabled            = false
  resource_group_name           = "rg-data"
  location                      = "westeurope"
  sku                           = "Premium"
  capacity                      = 1
  premium_messaging_partitions  = 1
  public_network_access_enabled = false
}

resource "azurerm_recovery_services_vault" "backups" { # want AZURE-124
  name                = "acme-backups"
  location            = "westeurope"
  resource_group_name = "rg"
  sku                 = "Standard"
  soft_delete_enabled = true
}

resource "azurerm_cognitive_account" "language" { # want AZURE-124
  local_auth_enabled            = false
  name                          = "acme-language"
  location                      = "westeurope"
  resource_group_name           = "rg"
  kind                          = "TextAnalytics"
  sku_name                      = "S"
  public_network_access_enabled = false
}

# Kubernetes secrets in etcd are encrypted with a platform-managed key.
resource "azurerm_kubernetes_cluster" "aks" { # want AZURE-124 # want AZURE-137 # want AZURE-175
  name                    = "aks"
  dns_prefix              = "aks"
  location                = "westeurope"
  resource_group_name     = "rg-app"
  private_cluster_enabled = true
  local_account_disabled  = true

  default_node_pool {
    name                    = "system"
    node_count              = 1
    vm_size                 = "Standard_D2s_v5"
    host_encryption_enabled = true
  }
  identity {
    type = "SystemAssigned"
  }
  network_profile {
    network_plugin = "azure"
    network_policy = "azure"
  }
  oms_agent {
    log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/law"
  }
}

# Batch accounts: key_vault_reference is the vault a UserSubscription pool
# allocation keeps its secrets in, not an encryption key.
variable "batch_regions" {
  type    = map(string)
  default = { weu = "westeurope", neu = "northeurope" }
}

resource "azurerm_batch_account" "render" { # want AZURE-124 # want AZURE-176
  for_each                      = var.batch_regions
  name                          = "acmerender${each.key}"
  location                      = each.value
  resource_group_name           = "rg-batch"
  pool_allocation_mode          = "UserSubscription"
  public_network_access_enabled = false

  key_vault_reference {
    id  = "/subscriptions/0000/resourceGroups/rg-batch/providers/Microsoft.KeyVault/vaults/acme-batch"
    url = "https://acme-batch.vault.azure.net/"
  }
}
