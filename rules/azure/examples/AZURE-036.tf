resource "azurerm_web_application_firewall_policy" "app" {
  # ...
  policy_settings {
    enabled = true
    mode    = "Prevention"
  }
}

resource "azurerm_application_gateway" "app" {
  # ...
  sku {
    name = "WAF_v2"
    tier = "WAF_v2"
  }
  firewall_policy_id = azurerm_web_application_firewall_policy.app.id
}
