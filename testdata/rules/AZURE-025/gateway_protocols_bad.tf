# The legacy form: protocols switched off one by one. TLS 1.1 stays on.
resource "azurerm_application_gateway" "partner" { # want AZURE-133
  name                = "partner"
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
    private_ip_address            = "10.0.1.11"
  }

  ssl_policy {
    disabled_protocols = ["TLSv1_0"] # want AZURE-025 "TLSv1_1"
  }
}
