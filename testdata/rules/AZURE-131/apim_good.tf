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

resource "azurerm_api_management_api" "orders" {
  name                = "orders-api"
  resource_group_name = "rg-api"
  api_management_name = "acme-apim"
  revision            = "1"
  display_name        = "Orders"
  path                = "orders"
  protocols           = ["https"]
  service_url         = "https://orders.internal.acme.example"
}

# Unset, Azure serves the API over HTTPS only; a WebSocket API over wss.
resource "azurerm_api_management_api" "imported" {
  name                = "imported-api"
  resource_group_name = "rg-api"
  api_management_name = "acme-apim"
  revision            = "1"
  display_name        = "Imported"
  path                = "imported"
}

resource "azurerm_api_management_api" "feed" {
  name                = "feed-api"
  resource_group_name = "rg-api"
  api_management_name = "acme-apim"
  revision            = "1"
  display_name        = "Feed"
  path                = "feed"
  api_type            = "websocket"
  protocols           = ["wss"]
  service_url         = "wss://feed.internal.acme.example"
}
