# A classic Front Door links a WAF policy to each frontend endpoint; a
# linked policy that only detects, or is turned off, blocks nothing.
variable "waf_enabled" {
  type    = bool
  default = false
}

resource "azurerm_frontdoor_firewall_policy" "shop" {
  name                = "shop"
  resource_group_name = "rg-edge"
  mode                = "Detection" # want AZURE-036 "Detection mode"
  managed_rule {
    type    = "DefaultRuleSet"
    version = "1.0"
  }
}

resource "azurerm_frontdoor_firewall_policy" "api" {
  name                = "api"
  resource_group_name = "rg-edge"
  enabled             = var.waf_enabled # want AZURE-036 "disables the WAF"
  mode                = "Prevention"
  managed_rule {
    type    = "Microsoft_DefaultRuleSet"
    version = "1.1"
  }
}

resource "azurerm_frontdoor" "edge" { # want AZURE-133
  name                = "acme-edge"
  resource_group_name = "rg-edge"

  routing_rule {
    name               = "https"
    accepted_protocols = ["Https"]
    patterns_to_match  = ["/*"]
    frontend_endpoints = ["shop", "api"]
    forwarding_configuration {
      forwarding_protocol = "HttpsOnly"
      backend_pool_name   = "shop"
    }
  }

  backend_pool_load_balancing {
    name = "lb"
  }

  backend_pool_health_probe {
    name = "probe"
  }

  backend_pool {
    name                = "shop"
    load_balancing_name = "lb"
    health_probe_name   = "probe"
    backend {
      host_header = "shop.acme.example"
      address     = "shop.acme.example"
      http_port   = 80
      https_port  = 443
    }
  }

  frontend_endpoint {
    name                                    = "shop"
    host_name                               = "acme-edge.azurefd.net"
    web_application_firewall_policy_link_id = azurerm_frontdoor_firewall_policy.shop.id
  }

  frontend_endpoint {
    name                                    = "api"
    host_name                               = "api.acme.example"
    web_application_firewall_policy_link_id = azurerm_frontdoor_firewall_policy.api.id
  }
}
