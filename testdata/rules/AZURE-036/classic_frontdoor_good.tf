resource "azurerm_frontdoor_firewall_policy" "edge" {
  name                = "edge"
  resource_group_name = "rg-edge"
  mode                = "Prevention"
  managed_rule {
    type    = "DefaultRuleSet"
    version = "1.0"
  }
}

resource "azurerm_frontdoor" "shop" { # want AZURE-133
  name                = "acme-shop"
  resource_group_name = "rg-edge"

  routing_rule {
    name               = "https"
    accepted_protocols = ["Https"]
    patterns_to_match  = ["/*"]
    frontend_endpoints = ["shop"]
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
    host_name                               = "acme-shop.azurefd.net"
    web_application_firewall_policy_link_id = azurerm_frontdoor_firewall_policy.edge.id
  }
}
