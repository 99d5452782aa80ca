resource "azurerm_cdn_endpoint" "static" {
  name                = "acme-static"
  profile_name        = "edge"
  location            = "global"
  resource_group_name = "rg"
  is_http_allowed     = false

  origin {
    name      = "web"
    host_name = "www.example.com"
  }
}

# HTTP allowed only to be redirected to HTTPS.
resource "azurerm_cdn_endpoint" "redirect" {
  name                = "acme-redirect"
  profile_name        = "edge"
  location            = "global"
  resource_group_name = "rg"

  origin {
    name      = "web"
    host_name = "www.example.com"
  }

  delivery_rule {
    name  = "httpsredirect"
    order = 1

    request_scheme_condition {
      operator     = "Equal"
      match_values = ["HTTP"]
    }

    url_redirect_action {
      redirect_type = "Found"
      protocol      = "Https"
    }
  }
}

# The default redirects HTTP to HTTPS.
resource "azurerm_cdn_frontdoor_route" "web" {
  name                          = "web"
  cdn_frontdoor_endpoint_id     = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Cdn/profiles/fd/afdEndpoints/web"
  cdn_frontdoor_origin_group_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Cdn/profiles/fd/originGroups/web"
  cdn_frontdoor_origin_ids      = []
  patterns_to_match             = ["/*"]
  supported_protocols           = ["Http", "Https"]
}

resource "azurerm_cdn_frontdoor_route" "https_only" {
  name                          = "https-only"
  cdn_frontdoor_endpoint_id     = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Cdn/profiles/fd/afdEndpoints/web"
  cdn_frontdoor_origin_group_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Cdn/profiles/fd/originGroups/web"
  cdn_frontdoor_origin_ids      = []
  patterns_to_match             = ["/api/*"]
  supported_protocols           = ["Https"]
  https_redirect_enabled        = false
}

variable "redirect" {
  type = bool
}

resource "azurerm_cdn_frontdoor_route" "unknown" {
  name                          = "unknown"
  cdn_frontdoor_endpoint_id     = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Cdn/profiles/fd/afdEndpoints/web"
  cdn_frontdoor_origin_group_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Cdn/profiles/fd/originGroups/web"
  cdn_frontdoor_origin_ids      = []
  patterns_to_match             = ["/img/*"]
  supported_protocols           = ["Http", "Https"]
  https_redirect_enabled        = var.redirect # want-note AZURE-131
}

# Classic Front Door: HTTPS forwarded, HTTP redirected.
resource "azurerm_frontdoor" "classic" { # want AZURE-133
  name                = "acme-classic"
  resource_group_name = "rg"

  routing_rule {
    name               = "https"
    accepted_protocols = ["Https"]
    patterns_to_match  = ["/*"]
    frontend_endpoints = ["web"]
    forwarding_configuration {
      forwarding_protocol = "HttpsOnly"
      backend_pool_name   = "web"
    }
  }

  routing_rule {
    name               = "http-to-https"
    accepted_protocols = ["Http"]
    patterns_to_match  = ["/*"]
    frontend_endpoints = ["web"]
    redirect_configuration {
      redirect_protocol = "HttpsOnly"
      redirect_type     = "Moved"
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
    name                                    = "web"
    host_name                               = "acme-classic.azurefd.net"
    web_application_firewall_policy_link_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/frontDoorWebApplicationFirewallPolicies/edge"
  }
}

resource "azurerm_kubernetes_cluster" "prod" { # want AZURE-175
  name                    = "aks-prod"
  location                = "westeurope"
  resource_group_name     = "rg-app"
  dns_prefix              = "aksprod"
  private_cluster_enabled = true
  local_account_disabled  = true

  default_node_pool {
    name                    = "system"
    node_count              = 3
    vm_size                 = "Standard_D4s_v5"
    host_encryption_enabled = true
  }
  identity {
    type = "SystemAssigned"
  }
  azure_active_directory_role_based_access_control {
    azure_rbac_enabled = true
  }
  oms_agent {
    log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/rg-logs/providers/Microsoft.OperationalInsights/workspaces/logs"
  }
  network_profile {
    network_plugin = "azure"
    network_policy = "azure"
  }
  web_app_routing {
    dns_zone_ids = []
  }
}
