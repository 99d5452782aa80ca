# Network security groups written with the azapi provider that keep
# administration ports closed to the internet.

locals {
  rules = {
    https = { priority = 100, port = "443", source = "Internet" }
    ssh   = { priority = 110, port = "22", source = "10.0.0.0/8" }
  }
}

resource "azapi_resource" "web" {
  type      = "Microsoft.Network/networkSecurityGroups@2023-11-01"
  name      = "nsg-web"
  parent_id = "/subscriptions/0000/resourceGroups/rg-net"
  location  = "westeurope"
  body = {
    properties = {
      securityRules = [for name, r in local.rules : {
        name = name
        properties = {
          priority                 = r.priority
          direction                = "Inbound"
          access                   = "Allow"
          protocol                 = "Tcp"
          sourceAddressPrefix      = r.source
          sourcePortRange          = "*"
          destinationAddressPrefix = "*"
          destinationPortRange     = r.port
        }
      }]
    }
  }
}

resource "azapi_resource" "deny_rdp" {
  type      = "Microsoft.Network/networkSecurityGroups/securityRules@2023-11-01"
  name      = "deny-rdp"
  parent_id = azapi_resource.web.id
  body = {
    properties = {
      priority                 = 200
      direction                = "Inbound"
      access                   = "Deny"
      protocol                 = "*"
      sourceAddressPrefix      = "*"
      sourcePortRange          = "*"
      destinationAddressPrefix = "*"
      destinationPortRange     = "3389"
    }
  }
}

resource "azapi_resource" "outbound_ssh" {
  type      = "Microsoft.Network/networkSecurityGroups/securityRules@2023-11-01"
  name      = "out-ssh"
  parent_id = azapi_resource.web.id
  body = {
    properties = {
      priority                 = 210
      direction                = "Outbound"
      access                   = "Allow"
      protocol                 = "Tcp"
      sourceAddressPrefix      = "VirtualNetwork"
      sourcePortRange          = "*"
      destinationAddressPrefix = "10.1.0.0/16"
      destinationPortRange     = "22"
    }
  }
}
