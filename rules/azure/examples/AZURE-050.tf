locals {
  required_tags = {
    owner       = "payments-team"
    environment = "production"
  }
}

resource "azurerm_storage_account" "data" {
  # ...
  tags = merge(local.required_tags, { data-classification = "confidential" })
}
