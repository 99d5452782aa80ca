variable "gateway_tier" {
  type = string
}

# Internal: private frontend only.
resource "azurerm_application_gateway" "ok_internal" { # want AZURE-133
  name                = "ok-internal"
  location            = "westeurope"
  resource_group_name = "rg"

  sku {
    name     = "Standard_v2"
    tier     = "Standard_v2"
    capacity = 2
  }

  frontend_ip_configuration {
    name                          = "private"
    subnet_id                     = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/app/subnets/gw"
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.0.1.10"
  }
}

# A WAF policy with the defaults: enabled, Prevention.
resource "azurerm_web_application_firewall_policy" "ok_prevent" {
  name                = "ok-prevent"
  resource_group_name = "rg"
  location            = "westeurope"

  managed_rules {
    managed_rule_set {
      version = "3.2"
    }
  }
}

resource "azurerm_application_gateway" "ok_waf" { # want AZURE-133
  name                = "ok-waf"
  location            = "westeurope"
  resource_group_name = "rg"
  firewall_policy_id  = azurerm_web_application_firewall_policy.ok_prevent.id

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

resource "azurerm_application_gateway" "ok_inline_waf" { # want AZURE-133
  name                = "ok-inline-waf"
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

  frontend_ip_configuration {
    name                 = "public"
    public_ip_address_id = azurerm_public_ip.gw.id
  }
}

# Not known statically: not reported.
resource "azurerm_application_gateway" "ok_unknown_tier" { # want AZURE-133
  name                = "ok-unknown-tier"
  location            = "westeurope"
  resource_group_name = "rg"

  sku {
    name     = var.gateway_tier
    tier     = var.gateway_tier # want-note AZURE-036
    capacity = 2
  }

  frontend_ip_configuration {
    name                 = "public"
    public_ip_address_id = azurerm_public_ip.gw.id
  }
}

# Front Door with a security policy in Prevention mode.
resource "azurerm_cdn_frontdoor_profile" "ok_protected" { # want AZURE-133
  name                = "ok-protected"
  resource_group_name = "rg"
  sku_name            = "Premium_AzureFrontDoor"
}

resource "azurerm_cdn_frontdoor_endpoint" "ok_protected" {
  name                     = "ok-protected"
  cdn_frontdoor_profile_id = azurerm_cdn_frontdoor_profile.ok_protected.id
}

resource "azurerm_cdn_frontdoor_firewall_policy" "ok_protected" {
  name                = "okprotected"
  resource_group_name = "rg"
  sku_name            = "Premium_AzureFrontDoor"
  mode                = "Prevention"
}

resource "azurerm_cdn_frontdoor_security_policy" "ok_protected" {
  name                     = "ok-protected"
  cdn_frontdoor_profile_id = azurerm_cdn_frontdoor_profile.ok_protected.id

  security_policies {
    firewall {
      cdn_frontdoor_firewall_policy_id = azurerm_cdn_frontdoor_firewall_policy.ok_protected.id

      association {
        domain {
          cdn_frontdoor_domain_id = azurerm_cdn_frontdoor_endpoint.ok_protected.id
        }
        patterns_to_match = ["/*"]
      }
    }
  }
}

# A profile that serves no endpoint yet.
resource "azurerm_cdn_frontdoor_profile" "ok_empty" { # want AZURE-133
  name                = "ok-empty"
  resource_group_name = "rg"
  sku_name            = "Standard_AzureFrontDoor"
}
