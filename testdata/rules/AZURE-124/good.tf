resource "azurerm_storage_account" "records" { # want AZURE-144 # want AZURE-153 # want AZURE-166 # want AZURE-168
  name                            = "acmerecords"
  resource_group_name             = "rg-data"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "GRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false

  identity {
    type = "SystemAssigned"
  }

  lifecycle {
    ignore_changes = [customer_managed_key]
  }
}

resource "azurerm_storage_account_customer_managed_key" "records" {
  storage_account_id = azurerm_storage_account.records.id
  key_vault_id       = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.KeyVault/vaults/acme-kv"
  key_name           = "storage"
}

resource "azurerm_storage_account" "inline" { # want AZURE-144 # want AZURE-153 # want AZURE-166 # want AZURE-168
  name                            = "acmeinline"
  resource_group_name             = "rg-data"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "GRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false

  identity {
    type         = "UserAssigned"
    identity_ids = ["/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.ManagedIdentity/userAssignedIdentities/storage"]
  }

  customer_managed_key {
    key_vault_key_id          = "https://acme-kv.vault.azure.net/keys/storage-inline"
    user_assigned_identity_id = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.ManagedIdentity/userAssignedIdentities/storage"
  }
}

resource "azurerm_container_registry" "images" {
  name                          = "acmeimages"
  resource_group_name           = "rg-data"
  location                      = "westeurope"
  sku                           = "Premium"
  public_network_access_enabled = false

  identity {
    type         = "UserAssigned"
    identity_ids = ["/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.ManagedIdentity/userAssignedIdentities/registry"]
  }

  encryption {
    key_vault_key_id   = "https://acme-kv.vault.azure.net/keys/registry/0123456789abcdef"
    identity_client_id = "11111111-1111-1111-1111-111111111111"
  }
}

resource "azurerm_servicebus_namespace" "bus" { # want AZURE-176
  name                          = "acme-bus"
  local_auth_enabled            = false
  resource_group_name           = "rg-data"
  location                      = "westeurope"
  sku                           = "Premium"
  capacity                      = 1
  premium_messaging_partitions  = 1
  public_network_access_enabled = false

  identity {
    type         = "UserAssigned"
    identity_ids = ["/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.ManagedIdentity/userAssignedIdentities/bus"]
  }

  customer_managed_key {
    key_vault_key_id                  = "https://acme-kv.vault.azure.net/keys/bus/0123456789abcdef"
    identity_id                       = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.ManagedIdentity/userAssignedIdentities/bus"
    infrastructure_encryption_enabled = true
  }
}

resource "azurerm_user_assigned_identity" "backup" {
  name                = "backup"
  location            = "westeurope"
  resource_group_name = "rg"
}

resource "azurerm_recovery_services_vault" "backups" {
  name                = "acme-backups"
  location            = "westeurope"
  resource_group_name = "rg"
  sku                 = "Standard"
  soft_delete_enabled = true

  identity {
    type         = "UserAssigned"
    identity_ids = [azurerm_user_assigned_identity.backup.id]
  }

  encryption {
    key_id                            = "https://acme-kv.vault.azure.net/keys/backup"
    infrastructure_encryption_enabled = true
    user_assigned_identity_id         = azurerm_user_assigned_identity.backup.id
    use_system_assigned_identity      = false
  }
}

resource "azurerm_cognitive_account" "language" {
  local_auth_enabled            = false
  name                          = "acme-language"
  location                      = "westeurope"
  resource_group_name           = "rg"
  kind                          = "TextAnalytics"
  sku_name                      = "S"
  public_network_access_enabled = false
  custom_subdomain_name         = "acme-language"

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_cognitive_account_customer_managed_key" "language" {
  cognitive_account_id = azurerm_cognitive_account.language.id
  key_vault_key_id     = "https://acme-kv.vault.azure.net/keys/language"
}

# etcd encryption with a Key Vault key (KMS plugin).
resource "azurerm_kubernetes_cluster" "aks" { # want AZURE-137 # want AZURE-175
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
  key_management_service {
    key_vault_key_id         = "https://acme-kv.vault.azure.net/keys/aks-etcd/0123456789abcdef0123456789abcdef"
    key_vault_network_access = "Private"
  }
  oms_agent {
    log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/law"
  }
}

resource "azurerm_user_assigned_identity" "batch" {
  name                = "acme-batch"
  location            = "westeurope"
  resource_group_name = "rg-batch"
}

resource "azurerm_batch_account" "render" { # want AZURE-176
  name                          = "acmerender"
  location                      = "westeurope"
  resource_group_name           = "rg-batch"
  pool_allocation_mode          = "BatchService"
  public_network_access_enabled = false

  identity {
    type         = "UserAssigned"
    identity_ids = [azurerm_user_assigned_identity.batch.id]
  }

  encryption {
    key_vault_key_id = "https://acme-keys.vault.azure.net/keys/batch/0123456789abcdef0123456789abcdef"
  }
}
