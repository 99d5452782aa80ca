resource "azurerm_api_management_backend" "orders" {
  name                = "orders"
  resource_group_name = "rg-api"
  api_management_name = "acme-apim"
  protocol            = "http"
  url                 = "http://orders.internal.acme.example/api" # want AZURE-131 "plain HTTP"
}

variable "legacy_host" {
  type    = string
  default = "legacy.acme.example"
}

resource "azurerm_api_management_backend" "legacy" {
  name                = "legacy"
  resource_group_name = "rg-api"
  api_management_name = "acme-apim"
  protocol            = "soap"
  url                 = "http://${var.legacy_host}/service.asmx" # want AZURE-131
}

# An API that accepts plain HTTP calls, with an http:// service URL.
resource "azurerm_api_management_api" "orders" {
  name                = "orders-api"
  resource_group_name = "rg-api"
  api_management_name = "acme-apim"
  revision            = "1"
  display_name        = "Orders"
  path                = "orders"
  protocols           = ["https", "http"]                  # want AZURE-131 "accepts calls over plain HTTP"
  service_url         = "http://orders.internal.acme.example" # want AZURE-131 "service URL over plain HTTP"
}

# APIs from a map, one of them also served over plain WebSocket.
variable "apis" {
  type = map(list(string))
  default = {
    quotes = ["https"]
    feed   = ["wss", "ws"]
  }
}

resource "azurerm_api_management_api" "each" {
  for_each            = var.apis
  name                = "${each.key}-api"
  resource_group_name = "rg-api"
  api_management_name = "acme-apim"
  revision            = "1"
  display_name        = each.key
  path                = each.key
  protocols           = each.value # want AZURE-131 "includes ws"
}
