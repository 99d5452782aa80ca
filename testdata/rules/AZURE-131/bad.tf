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
    name                                    = "web"
    host_name                               = "acme-classic.azurefd.net"
    web_application_firewall_policy_link_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/frontDoorWebApplicationFirewallPolicies/edge"
  }
}

resource "azurerm_kubernetes_cluster" "dev" { # want AZURE-175
  name                             = "aks-dev"
  location                         = "westeurope"
  resource_group_name              = "rg-app"
  dns_prefix                       = "aksdev"
  private_cluster_enabled          = true
  local_account_disabled           = true
  http_application_routing_enabled = true # want AZURE-131

  default_node_pool {
    name                    = "system"
    node_count              = 1
    vm_size                 = "Standard_D2s_v5"
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
}
