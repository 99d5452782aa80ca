resource "azurerm_data_lake_store" "raw" { # want AZURE-176
  name                = "acmeraw"
  resource_group_name = "rg-data"
  location            = "westeurope"
  encryption_state    = "Disabled" # want AZURE-136
}

resource "azurerm_automation_variable_string" "db_password" { # want AZURE-136
  name                    = "db-password"
  resource_group_name     = "rg-ops"
  automation_account_name = "acme-ops"
  value                   = "example-value"
}

resource "azurerm_automation_variable_string" "api_token" {
  name                    = "api-token"
  resource_group_name     = "rg-ops"
  automation_account_name = "acme-ops"
  value                   = "example-value"
  encrypted               = false # want AZURE-136
}

resource "azurerm_automation_variable_int" "retries" { # want AZURE-136
  name                    = "retries"
  resource_group_name     = "rg-ops"
  automation_account_name = "acme-ops"
  value                   = 3
}
