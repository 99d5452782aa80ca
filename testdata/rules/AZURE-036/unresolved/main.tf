# A security policy whose profile is not known may protect any profile of
# this root: its profiles are not reported.
variable "profile_id" {
  type = string
}

resource "azurerm_cdn_frontdoor_profile" "site" { # want AZURE-133
  name                = "site"
  resource_group_name = "rg"
  sku_name            = "Standard_AzureFrontDoor"
}

resource "azurerm_cdn_frontdoor_endpoint" "site" {
  name                     = "site"
  cdn_frontdoor_profile_id = azurerm_cdn_frontdoor_profile.site.id
}

resource "azurerm_cdn_frontdoor_security_policy" "site" {
  name                     = "site"
  cdn_frontdoor_profile_id = var.profile_id

  security_policies {
    firewall {
      cdn_frontdoor_firewall_policy_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/frontDoorWebApplicationFirewallPolicies/site"

      association {
        domain {
          cdn_frontdoor_domain_id = azurerm_cdn_frontdoor_endpoint.site.id
        }
        patterns_to_match = ["/*"]
      }
    }
  }
}
