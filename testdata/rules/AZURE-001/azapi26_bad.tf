# Network security groups written with the azapi provider.

resource "azapi_resource" "web" {
  type      = "Microsoft.Network/networkSecurityGroups@2023-11-01"
  name      = "nsg-web"
  parent_id = "/subscriptions/0000/resourceGroups/rg-net"
  location  = "westeurope"
  body = {
    properties = {
      securityRules = [
        {
          name = "allow-https"
          properties = {
            priority                 = 100
            direction                = "Inbound"
            access                   = "Allow"
            protocol                 = "Tcp"
            sourceAddressPrefix      = "Internet"
            sourcePortRange          = "*"
            destinationAddressPrefix = "*"
            destinationPortRange     = "443"
          }
        },
        {
          name = "allow-ssh"
          properties = {
            priority                 = 110
            direction                = "Inbound"
            access                   = "Allow"
            protocol                 = "Tcp"
            sourceAddressPrefix      = "*" # want AZURE-001 "securityRules \"allow-ssh\".*port 22"
            sourcePortRange          = "*"
            destinationAddressPrefix = "*"
            destinationPortRange     = "22"
          }
        },
      ]
    }
  }
}

# A rule of its own, body from jsonencode.
resource "azapi_resource" "rdp" {
  type      = "Microsoft.Network/networkSecurityGroups/securityRules@2023-11-01"
  name      = "allow-rdp"
  parent_id = azapi_resource.web.id
  body = jsonencode({ # want AZURE-001 "3389"
    properties = {
      priority                 = 120
      direction                = "Inbound"
      access                   = "Allow"
      protocol                 = "*"
      sourceAddressPrefixes    = ["0.0.0.0/0"]
      sourcePortRange          = "*"
      destinationAddressPrefix = "*"
      destinationPortRanges    = ["3389", "5985-5986"]
    }
  })
}
