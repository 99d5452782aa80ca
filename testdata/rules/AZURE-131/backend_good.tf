variable "backend_protocol" {
  type = string
}

# End-to-end TLS: the gateway re-encrypts to the backends.
resource "azurerm_application_gateway" "internal" { # want AZURE-133
  name                = "internal"
  location            = "westeurope"
  resource_group_name = "rg"

  sku {
    name     = "Standard_v2"
    tier     = "Standard_v2"
    capacity = 2
  }

  ssl_policy {
    policy_type = "Predefined"
    policy_name = "AppGwSslPolicy20220101S"
  }

  frontend_ip_configuration {
    name                          = "private"
    subnet_id                     = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/app/subnets/gw"
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.0.1.10"
  }

  frontend_port {
    name = "https"
    port = 443
  }

  http_listener {
    name                           = "https"
    frontend_ip_configuration_name = "private"
    frontend_port_name             = "https"
    protocol                       = "Https"
    ssl_certificate_name           = "internal"
  }

  ssl_certificate {
    name                = "internal"
    key_vault_secret_id = "https://acme-kv.vault.azure.net/secrets/internal"
  }

  backend_address_pool {
    name = "api"
  }

  backend_http_settings {
    name                                = "api"
    cookie_based_affinity               = "Disabled"
    port                                = 443
    protocol                            = "Https"
    pick_host_name_from_backend_address = true
  }

  backend_http_settings {
    name                  = "reports"
    cookie_based_affinity = "Disabled"
    port                  = 443
    protocol              = var.backend_protocol # want-note AZURE-131
  }

  request_routing_rule {
    name                       = "https"
    priority                   = 100
    rule_type                  = "Basic"
    http_listener_name         = "https"
    backend_address_pool_name  = "api"
    backend_http_settings_name = "api"
  }

  gateway_ip_configuration {
    name      = "gw"
    subnet_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/app/subnets/gw"
  }
}

# HTTPS to the origin whatever the client used; MatchRequest, the default,
# on an HTTPS-only route.
resource "azurerm_cdn_frontdoor_route" "origin_https" {
  name                          = "web"
  cdn_frontdoor_endpoint_id     = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Cdn/profiles/web/afdEndpoints/web"
  cdn_frontdoor_origin_group_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Cdn/profiles/web/originGroups/web"
  cdn_frontdoor_origin_ids      = ["/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Cdn/profiles/web/originGroups/web/origins/app"]
  supported_protocols           = ["Http", "Https"]
  patterns_to_match             = ["/*"]
  forwarding_protocol           = "HttpsOnly"
  https_redirect_enabled        = true
}

resource "azurerm_cdn_frontdoor_route" "origin_match" {
  name                          = "api"
  cdn_frontdoor_endpoint_id     = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Cdn/profiles/web/afdEndpoints/web"
  cdn_frontdoor_origin_group_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Cdn/profiles/web/originGroups/api"
  cdn_frontdoor_origin_ids      = []
  supported_protocols           = ["Https"]
  patterns_to_match             = ["/api/*"]
}
