# Apps of one module, each with its FTP mode: FTPS only or disabled.
variable "apps" {
  type = map(object({ ftps = optional(string, "Disabled") }))
  default = {
    api = {}
    web = { ftps = "FtpsOnly" }
  }
}

resource "azurerm_linux_web_app" "app" { # want AZURE-114 # want AZURE-139 # want AZURE-108 AZURE-147
  for_each            = var.apps
  name                = "acme-${each.key}"
  resource_group_name = "rg-app"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {
    ftps_state          = each.value.ftps
    minimum_tls_version = "1.2"
  }
}

# The 3.x/4.x resources default ftps_state to Disabled.
resource "azurerm_windows_web_app" "defaults" { # want AZURE-114 # want AZURE-139 # want AZURE-108 AZURE-147
  name                = "acme-win"
  resource_group_name = "rg-app"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {}
}

# A mode from a variable without a value cannot be told.
variable "slot_ftps" {
  type = string
}

resource "azurerm_linux_web_app_slot" "staging" { # want AZURE-139 # want AZURE-108 AZURE-147 AZURE-114
  name           = "staging"
  app_service_id = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Web/sites/acme-app"
  https_only     = true

  site_config {
    ftps_state = var.slot_ftps # want-note AZURE-146
  }
}

# A legacy app that writes its FTP mode: FTPS only.
resource "azurerm_app_service" "legacy" { # want AZURE-114 # want AZURE-139
  name                = "acme-legacy"
  location            = "westeurope"
  resource_group_name = "rg-app"
  app_service_plan_id = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Web/serverFarms/plan"
  https_only          = true

  site_config {
    ftps_state = "FtpsOnly"
  }
}
