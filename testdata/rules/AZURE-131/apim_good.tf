variable "backends" {
  type = map(string)
  default = {
    billing  = "https://billing.acme.example/api"
    accounts = "https://accounts.acme.example/api"
  }
}

variable "backend_url" {
  type = string
}

resource "azurerm_api_management_backend" "each" {
  for_each            = var.backends
  name                = each.key
  resource_group_name = "rg-api"
  api_management_name = "acme-apim"
  protocol            = "http"
  url                 = each.value
}

resource "azurerm_api_management_backend" "host_only_known" {
  name                = "search"
  resource_group_name = "rg-api"
  api_management_name = "acme-apim"
  protocol            = "http"
  url                 = "https://${var.backend_url}/search"
}

resource "azurerm_api_management_backend" "given" {
  name                = "given"
  resource_group_name = "rg-api"
  api_management_name = "acme-apim"
  protocol            = "http"
  url                 = var.backend_url # want-note AZURE-131
}
