# WAF policies this module defines for gateways and profiles made
# elsewhere (their ids are outputs): turned off or only detecting, they
# would be findings where they are attached, which is not known here.
resource "azurerm_web_application_firewall_policy" "shared" {
  name                = "acme-shared"
  resource_group_name = "rg-edge"
  location            = "westeurope"

  policy_settings {
    enabled = false # want-note AZURE-036 "disabled"
    mode    = "Prevention"
  }

  managed_rules {
    managed_rule_set {
      type    = "OWASP"
      version = "3.2"
    }
  }
}

resource "azurerm_cdn_frontdoor_firewall_policy" "shared" {
  name                = "acmeshared"
  resource_group_name = "rg-edge"
  sku_name            = "Premium_AzureFrontDoor"
  enabled             = true
  mode                = "Detection" # want-note AZURE-036 "Detection"
}

output "waf_policy_ids" {
  value = [
    azurerm_web_application_firewall_policy.shared.id,
    azurerm_cdn_frontdoor_firewall_policy.shared.id,
  ]
}
