locals {
  listeners = {
    http  = { port = 80, protocol = "Http" }
    https = { port = 443, protocol = "Https" }
  }
}

resource "azurerm_application_gateway" "web" { # want AZURE-133
  name                = "web"
  location            = "westeurope"
  resource_group_name = "rg"

  sku {
    name     = "WAF_v2"
    tier     = "WAF_v2"
    capacity = 2
  }

  waf_configuration {
    enabled          = true
    firewall_mode    = "Prevention"
    rule_set_version = "3.2"
  }

  ssl_policy {
    policy_type = "Predefined"
    policy_name = "AppGwSslPolicy20220101S"
  }

  frontend_ip_configuration {
    name                 = "public"
    public_ip_address_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/publicIPAddresses/web"
  }

  dynamic "frontend_port" {
    for_each = local.listeners
    content {
      name = frontend_port.key
      port = frontend_port.value.port
    }
  }

  dynamic "http_listener" {
    for_each = local.listeners
    content {
      name                           = http_listener.key
      frontend_ip_configuration_name = "public"
      frontend_port_name             = http_listener.key
      protocol                       = http_listener.value.protocol
      ssl_certificate_name           = http_listener.value.protocol == "Https" ? "web" : null
    }
  }

  ssl_certificate {
    name                = "web"
    key_vault_secret_id = "https://acme-kv.vault.azure.net/secrets/web"
  }

  backend_address_pool {
    name = "app"
  }

  backend_http_settings {
    name                  = "app"
    cookie_based_affinity = "Disabled"
    port                  = 443
    protocol              = "Https"
  }

  redirect_configuration {
    name                 = "to-https"
    redirect_type        = "Permanent"
    target_listener_name = "https"
    include_path         = true
    include_query_string = true
  }

  request_routing_rule {
    name                        = "http"
    priority                    = 100
    rule_type                   = "Basic"
    http_listener_name          = "http"
    redirect_configuration_name = "to-https"
  }

  request_routing_rule {
    name                       = "https"
    priority                   = 200
    rule_type                  = "Basic"
    http_listener_name         = "https"
    backend_address_pool_name  = "app"
    backend_http_settings_name = "app"
  }

  gateway_ip_configuration {
    name      = "gw"
    subnet_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/app/subnets/gw"
  }
}
