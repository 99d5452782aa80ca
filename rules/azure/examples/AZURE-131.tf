resource "azurerm_cdn_endpoint" "static" {
  name                = "acme-static"
  profile_name        = azurerm_cdn_profile.edge.name
  location            = azurerm_resource_group.edge.location
  resource_group_name = azurerm_resource_group.edge.name
  is_http_allowed     = false

  origin {
    name      = "web"
    host_name = "www.example.com"
  }
}

resource "azurerm_cdn_frontdoor_route" "web" {
  name                          = "web"
  cdn_frontdoor_endpoint_id     = azurerm_cdn_frontdoor_endpoint.web.id
  cdn_frontdoor_origin_group_id = azurerm_cdn_frontdoor_origin_group.web.id
  cdn_frontdoor_origin_ids      = [azurerm_cdn_frontdoor_origin.web.id]
  patterns_to_match             = ["/*"]
  supported_protocols           = ["Http", "Https"]
  https_redirect_enabled        = true
}

resource "azurerm_api_management_api" "orders" {
  name                = "orders-api"
  resource_group_name = azurerm_resource_group.api.name
  api_management_name = azurerm_api_management.main.name
  revision            = "1"
  display_name        = "Orders"
  path                = "orders"
  protocols           = ["https"]
  service_url         = "https://orders.internal.example.com"
}
