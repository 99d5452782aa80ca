# WAF policies this module defines for gateways and profiles made
# elsewhere (their ids are outputs). Turned off or only detecting, they
# filter nothing wherever they are attached; a WAF policy is made for what
# faces the internet, and a Front Door always does.
resource "azurerm_web_application_firewall_policy" "shared" {
  name                = "acme-shared"
  resource_group_name = "rg-edge"
  location            = "westeurope"

  policy_settings {
    enabled = false # want AZURE-036 "disables the WAF"
    mode    = "Prevention"
  }

  managed_rules {
    managed_rule_set {
      type    = "OWASP"
      version = "3.2"
    }
  }
}

resource "azurerm_web_application_firewall_policy" "trial" {
  name                = "acme-trial"
  resource_group_name = "rg-edge"
  location            = "westeurope"

  policy_settings {
    mode = "Detection" # want AZURE-036 "Detection mode"
  }

  managed_rules {
    managed_rule_set {
      version = "3.2"
    }
  }
}

resource "azurerm_cdn_frontdoor_firewall_policy" "shared" {
  name                = "acmeshared"
  resource_group_name = "rg-edge"
  sku_name            = "Premium_AzureFrontDoor"
  enabled             = true
  mode                = "Detection" # want AZURE-036 "Detection mode"
}

resource "azurerm_frontdoor_firewall_policy" "classic" {
  name                = "classic"
  resource_group_name = "rg-edge"
  enabled             = false # want AZURE-036 "disables the WAF"
  mode                = "Prevention"
}

# Policies kept on and blocking (Prevention is the default mode, enabled
# the default state), and one whose mode is an input: nothing to report.
variable "waf_mode" {
  type = string
}

resource "azurerm_web_application_firewall_policy" "blocking" {
  name                = "acme-blocking"
  resource_group_name = "rg-edge"
  location            = "westeurope"

  policy_settings {
    enabled = true
  }

  managed_rules {
    managed_rule_set {
      version = "3.2"
    }
  }
}

resource "azurerm_cdn_frontdoor_firewall_policy" "blocking" {
  name                = "acmeblocking"
  resource_group_name = "rg-edge"
  sku_name            = "Premium_AzureFrontDoor"
  mode                = "Prevention"
}

resource "azurerm_cdn_frontdoor_firewall_policy" "configured" {
  name                = "acmeconfigured"
  resource_group_name = "rg-edge"
  sku_name            = "Premium_AzureFrontDoor"
  mode                = var.waf_mode
}

output "waf_policy_ids" {
  value = [
    azurerm_web_application_firewall_policy.shared.id,
    azurerm_web_application_firewall_policy.trial.id,
    azurerm_web_application_firewall_policy.blocking.id,
    azurerm_cdn_frontdoor_firewall_policy.shared.id,
    azurerm_cdn_frontdoor_firewall_policy.blocking.id,
    azurerm_cdn_frontdoor_firewall_policy.configured.id,
    azurerm_frontdoor_firewall_policy.classic.id,
  ]
}
