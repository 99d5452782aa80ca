variable "disabled_protocols" {
  type    = list(string)
  default = ["TLSv1_0", "TLSv1_1"]
}

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

  dynamic "ssl_policy" {
    for_each = [1]
    content {
      disabled_protocols = var.disabled_protocols
    }
  }
}
