# Managed disks are encrypted at rest by the platform.
resource "azurerm_managed_disk" "default" {
  name                 = "data"
  location             = "westeurope"
  resource_group_name  = "rg-app"
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 128
}

resource "azurerm_disk_encryption_set" "main" {
  name                = "des"
  location            = "westeurope"
  resource_group_name = "rg-app"
  key_vault_key_id    = "https://acme-kv.vault.azure.net/keys/disks/0000"

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_managed_disk" "cmk" {
  name                   = "data-cmk"
  location               = "westeurope"
  resource_group_name    = "rg-app"
  storage_account_type   = "Premium_LRS"
  create_option          = "Empty"
  disk_size_gb           = 128
  disk_encryption_set_id = azurerm_disk_encryption_set.main.id
}

resource "azurerm_managed_disk" "ade" {
  name                 = "data-ade"
  location             = "westeurope"
  resource_group_name  = "rg-app"
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 128

  encryption_settings {
    enabled = true
    disk_encryption_key {
      secret_url      = "https://acme-kv.vault.azure.net/secrets/disk/0000"
      source_vault_id = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.KeyVault/vaults/acme-kv"
    }
  }
}
