locals {
  waf_mode = "Detection"
}

resource "azurerm_public_ip" "gw" {
  name                = "gw"
  location            = "westeurope"
  resource_group_name = "rg"
  allocation_method   = "Static"
  sku                 = "Standard"
}

# A public gateway on the Standard_v2 tier: no WAF.
resource "azurerm_application_gateway" "standard" { # want AZURE-133
  name                = "standard"
  location            = "westeurope"
  resource_group_name = "rg"

  sku {
    name     = "Standard_v2"
    tier     = "Standard_v2" # want AZURE-036
    capacity = 2
  }

  frontend_ip_configuration {
    name                 = "public"
    public_ip_address_id = azurerm_public_ip.gw.id
  }
}

# A WAF that only detects, the mode from a local.
resource "azurerm_application_gateway" "detecting" { # want AZURE-133
  name                = "detecting"
  location            = "westeurope"
  resource_group_name = "rg"

  sku {
    name     = "WAF_v2"
    tier     = "WAF_v2"
    capacity = 2
  }

  waf_configuration {
    enabled          = true
    firewall_mode    = local.waf_mode # want AZURE-036
    rule_set_version = "3.2"
  }

  frontend_ip_configuration {
    name                 = "public"
    public_ip_address_id = azurerm_public_ip.gw.id
  }
}

# A WAF policy in Detection mode on a public gateway.
resource "azurerm_web_application_firewall_policy" "detect" {
  name                = "detect"
  resource_group_name = "rg"
  location            = "westeurope"

  policy_settings {
    mode = "Detection" # want AZURE-036
  }

  managed_rules {
    managed_rule_set {
      version = "3.2"
    }
  }
}

resource "azurerm_application_gateway" "with_policy" { # want AZURE-133
  name                = "with-policy"
  location            = "westeurope"
  resource_group_name = "rg"
  firewall_policy_id  = azurerm_web_application_firewall_policy.detect.id

  sku {
    name     = "WAF_v2"
    tier     = "WAF_v2"
    capacity = 2
  }

  frontend_ip_configuration {
    name                 = "public"
    public_ip_address_id = azurerm_public_ip.gw.id
  }
}

# A Front Door profile serving an endpoint with no security policy.
resource "azurerm_cdn_frontdoor_profile" "bare" { # want AZURE-036 # want AZURE-133
  name                = "bare"
  resource_group_name = "rg"
  sku_name            = "Standard_AzureFrontDoor"
}

resource "azurerm_cdn_frontdoor_endpoint" "bare" {
  name                     = "bare"
  cdn_frontdoor_profile_id = azurerm_cdn_frontdoor_profile.bare.id
}

# A Front Door firewall policy in Detection mode.
resource "azurerm_cdn_frontdoor_profile" "edge" { # want AZURE-133
  name                = "edge"
  resource_group_name = "rg"
  sku_name            = "Premium_AzureFrontDoor"
}

resource "azurerm_cdn_frontdoor_endpoint" "edge" {
  name                     = "edge"
  cdn_frontdoor_profile_id = azurerm_cdn_frontdoor_profile.edge.id
}

resource "azurerm_cdn_frontdoor_firewall_policy" "edge" {
  name                = "edge"
  resource_group_name = "rg"
  sku_name            = "Premium_AzureFrontDoor"
  mode                = "Detection" # want AZURE-036
}

resource "azurerm_cdn_frontdoor_security_policy" "edge" {
  name                     = "edge"
  cdn_frontdoor_profile_id = azurerm_cdn_frontdoor_profile.edge.id

  security_policies {
    firewall {
      cdn_frontdoor_firewall_policy_id = azurerm_cdn_frontdoor_firewall_policy.edge.id

      association {
        domain {
          cdn_frontdoor_domain_id = azurerm_cdn_frontdoor_endpoint.edge.id
        }
        patterns_to_match = ["/*"]
      }
    }
  }
}
