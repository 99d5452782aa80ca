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

resource "azurerm_application_gateway" "legacy_clients" { # want AZURE-133
  name                = "legacy-clients"
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
    private_ip_address            = "10.0.1.12"
  }

  ssl_policy {
    policy_type          = "CustomV2"
    min_protocol_version = "TLSv1_2"
    cipher_suites = [
      "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
      "TLS_RSA_WITH_3DES_EDE_CBC_SHA", # want AZURE-025 "3DES"
    ]
  }
}

resource "azurerm_api_management" "partners" { # want AZURE-121
  name                       = "acme-partners"
  location                   = "westeurope"
  resource_group_name        = "rg"
  publisher_name             = "Acme"
  publisher_email            = "api@acme.example"
  sku_name                   = "Developer_1"
  security {
    triple_des_ciphers_enabled = true # want AZURE-025 "3DES"
  }
}
