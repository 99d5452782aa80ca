# The expiration period comes from a variable without a value: the policy
# block may hold no period at all.
variable "sas_expiration_period" {
  type = string
}

resource "azurerm_storage_account" "this" { # want AZURE-166 # want AZURE-144
  name                            = "stappprod"
  resource_group_name             = "rg-app"
  location                        = "westeurope"
  account_tier                    = "Standard"
  account_replication_type        = "LRS"
  min_tls_version                 = "TLS1_2"
  allow_nested_items_to_be_public = false
  public_network_access_enabled   = false

  dynamic "sas_policy" {
    for_each = var.sas_expiration_period == null ? [] : [1]
    content {
      expiration_period = var.sas_expiration_period
    }
  }
}
