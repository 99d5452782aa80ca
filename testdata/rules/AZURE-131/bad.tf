# HTTP is allowed by default.
resource "azurerm_cdn_endpoint" "static" { # want AZURE-131
  name                = "acme-static"
  profile_name        = "edge"
  location            = "global"
  resource_group_name = "rg"

  origin {
    name      = "web"
    host_name = "www.example.com"
  }
}

resource "azurerm_cdn_endpoint" "explicit" {
  name                = "acme-explicit"
  profile_name        = "edge"
  location            = "global"
  resource_group_name = "rg"
  is_http_allowed     = true # want AZURE-131

  origin {
    name      = "web"
    host_name = "www.example.com"
  }
}

resource "azurerm_cdn_frontdoor_route" "no_redirect" {
  name                          = "no-redirect"
  cdn_frontdoor_endpoint_id     = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Cdn/profiles/fd/afdEndpoints/web"
  cdn_frontdoor_origin_group_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Cdn/profiles/fd/originGroups/web"
  cdn_frontdoor_origin_ids      = []
  patterns_to_match             = ["/*"]
  supported_protocols           = ["Http", "Https"]
  https_redirect_enabled        = false # want AZURE-131
}

resource "azurerm_cdn_frontdoor_route" "http_only" {
  name                          = "http-only"
  cdn_frontdoor_endpoint_id     = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Cdn/profiles/fd/afdEndpoints/web"
  cdn_frontdoor_origin_group_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Cdn/profiles/fd/originGroups/web"
  cdn_frontdoor_origin_ids      = []
  patterns_to_match             = ["/legacy/*"]
  supported_protocols           = ["Http"] # want AZURE-131
}

resource "azurerm_frontdoor" "classic" { # want AZURE-133
  name                = "acme-classic"
  resource_group_name = "rg"

  routing_rule {
    name               = "all"
    accepted_protocols = ["Http", "Https"] # want AZURE-131
    patterns_to_match  = ["/*"]
    frontend_endpoints = ["web"]
    forwarding_configuration {
      forwarding_protocol = "HttpsOnly"
      backend_pool_name   = "web"
    }
  }

  backend_pool_load_balancing {
    name = "lb"
  }

  backend_pool_health_probe {
    name = "probe"
  }

  backend_pool {
    name = "web"
    backend {
      host_header = "www.example.com"
      address     = "www.example.com"
      http_port   = 80
      https_port  = 443
    }
    load_balancing_name = "lb"
    health_probe_name   = "probe"
  }

  frontend_endpoint {
    name      = "web"
    host_name = "acme-classic.azurefd.net"
  }
}
