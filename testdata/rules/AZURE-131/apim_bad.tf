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
