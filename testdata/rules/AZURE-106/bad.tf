resource "azurerm_linux_virtual_machine" "app" { # want AZURE-106
  name                  = "app"
  resource_group_name   = "rg-app"
  location              = "westeurope"
  size                  = "Standard_D2s_v5"
  admin_username        = "azureuser"
  network_interface_ids = ["/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Network/networkInterfaces/app"]

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
}

resource "azurerm_windows_virtual_machine_scale_set" "web" { # want AZURE-188
  name                       = "web"
  resource_group_name        = "rg-app"
  location                   = "westeurope"
  sku                        = "Standard_D2s_v5"
  instances                  = 2
  admin_username             = "azureadmin"
  admin_password             = "example-Passw0rd!"
  encryption_at_host_enabled = false # want AZURE-106

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
  source_image_reference {
    publisher = "MicrosoftWindowsServer"
    offer     = "WindowsServer"
    sku       = "2022-datacenter"
    version   = "latest"
  }
  network_interface {
    name    = "nic"
    primary = true
    ip_configuration {
      name      = "internal"
      primary   = true
      subnet_id = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Network/virtualNetworks/app/subnets/web"
    }
  }
}

resource "azurerm_kubernetes_cluster_node_pool" "batch" { # want AZURE-106
  name                  = "batch"
  kubernetes_cluster_id = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.ContainerService/managedClusters/aks"
  vm_size               = "Standard_D4s_v5"
  node_count            = 2
}

resource "azurerm_kusto_cluster" "telemetry" { # want AZURE-106 "disks and caches"
  name                = "acmetelemetry"
  location            = "westeurope"
  resource_group_name = "rg"
  public_network_access_enabled = false

  sku {
    name     = "Standard_D13_v2"
    capacity = 2
  }
}

resource "azurerm_kusto_cluster" "legacy" { # want AZURE-106 "enable_disk_encryption"
  name                   = "acmelegacy"
  location               = "westeurope"
  resource_group_name    = "rg"
  public_network_access_enabled = false
  enable_disk_encryption = false

  sku {
    name     = "Standard_D13_v2"
    capacity = 2
  }
}
