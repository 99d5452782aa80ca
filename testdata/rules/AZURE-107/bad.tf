resource "azurerm_public_ip" "app" {
  name                = "app-pip"
  location            = "westeurope"
  resource_group_name = "rg-app"
  allocation_method   = "Static"
  sku                 = "Standard"
}

resource "azurerm_network_interface" "app" {
  name                = "app-nic"
  location            = "westeurope"
  resource_group_name = "rg-app"

  ip_configuration {
    name                          = "public"
    subnet_id                     = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Network/virtualNetworks/app/subnets/app"
    private_ip_address_allocation = "Dynamic"
    public_ip_address_id          = azurerm_public_ip.app.id # want AZURE-107
  }
}

resource "azurerm_linux_virtual_machine_scale_set" "web" { # want AZURE-188
  name                       = "web"
  resource_group_name        = "rg-app"
  location                   = "westeurope"
  sku                        = "Standard_D2s_v5"
  instances                  = 2
  admin_username             = "azureuser"
  encryption_at_host_enabled = true

  admin_ssh_key {
    username   = "azureuser"
    public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleExampleExampleExampleExampleExample"
  }
  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
  source_image_reference {
    publisher = "Canonical"
    offer     = "ubuntu-24_04-lts"
    sku       = "server"
    version   = "latest"
  }
  network_interface {
    name    = "nic"
    primary = true
    ip_configuration {
      name      = "internal"
      primary   = true
      subnet_id = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Network/virtualNetworks/app/subnets/web"
      public_ip_address { # want AZURE-107
        name = "instance-pip"
      }
    }
  }
}

resource "azurerm_kubernetes_cluster_node_pool" "edge" {
  name                    = "edge"
  kubernetes_cluster_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/acme"
  vm_size                 = "Standard_D2s_v5"
  node_count              = 2
  host_encryption_enabled = true
  node_public_ip_enabled  = true # want AZURE-107
}

resource "azurerm_kubernetes_cluster_node_pool" "legacy" {
  name                    = "legacy"
  kubernetes_cluster_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/acme"
  vm_size                 = "Standard_D2s_v5"
  node_count              = 1
  host_encryption_enabled = true
  enable_node_public_ip   = true # want AZURE-107
}

resource "azurerm_container_group" "worker" { # want AZURE-107 "container group has a public IP"
  name                = "acme-worker"
  location            = "westeurope"
  resource_group_name = "rg-apps"
  os_type             = "Linux"

  container {
    name   = "worker"
    image  = "mcr.microsoft.com/azuredocs/aci-helloworld:latest"
    cpu    = "0.5"
    memory = "1.5"
    ports {
      port     = 443
      protocol = "TCP"
    }
  }
}

resource "azurerm_databricks_workspace" "analytics" {
  name                          = "acme-analytics"
  resource_group_name           = "rg-data"
  location                      = "westeurope"
  sku                           = "premium"
  public_network_access_enabled = false

  custom_parameters {
    no_public_ip = false # want AZURE-107
  }
}
