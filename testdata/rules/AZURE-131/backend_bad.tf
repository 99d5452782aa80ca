variable "backends" {
  type = map(object({ port = number, protocol = string }))
  default = {
    api    = { port = 443, protocol = "Https" }
    legacy = { port = 8080, protocol = "Http" }
  }
}

# TLS ends at the gateway: the legacy pool is reached over plain HTTP.
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

  dynamic "backend_address_pool" {
    for_each = var.backends
    content {
      name = backend_address_pool.key
    }
  }

  dynamic "backend_http_settings" {
    for_each = var.backends
    content {
      name                  = backend_http_settings.key
      cookie_based_affinity = "Disabled"
      port                  = backend_http_settings.value.port
      protocol              = backend_http_settings.value.protocol # want AZURE-131 "backend_http_settings legacy protocol"
    }
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

# Every request, HTTPS ones included, reaches the origin unencrypted.
resource "azurerm_cdn_frontdoor_route" "origin_http" {
  name                          = "web"
  cdn_frontdoor_endpoint_id     = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Cdn/profiles/web/afdEndpoints/web"
  cdn_frontdoor_origin_group_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Cdn/profiles/web/originGroups/web"
  cdn_frontdoor_origin_ids      = ["/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Cdn/profiles/web/originGroups/web/origins/app"]
  supported_protocols           = ["Https"]
  patterns_to_match             = ["/*"]
  forwarding_protocol           = "HttpOnly" # want AZURE-131 "forwards requests to the origin"
}
