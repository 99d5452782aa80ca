variable "host_encryption" {
  type = bool
}

resource "azurerm_linux_virtual_machine" "app" {
  name                       = "app"
  resource_group_name        = "rg-app"
  location                   = "westeurope"
  size                       = "Standard_D2s_v5"
  admin_username             = "azureuser"
  network_interface_ids      = ["/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Network/networkInterfaces/app"]
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
}

resource "azurerm_kubernetes_cluster_node_pool" "v3" {
  name                   = "batch"
  kubernetes_cluster_id  = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.ContainerService/managedClusters/aks"
  vm_size                = "Standard_D4s_v5"
  node_count             = 2
  enable_host_encryption = true
}

resource "azurerm_kubernetes_cluster_node_pool" "v4" {
  name                    = "jobs"
  kubernetes_cluster_id   = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.ContainerService/managedClusters/aks"
  vm_size                 = "Standard_D4s_v5"
  node_count              = 2
  host_encryption_enabled = var.host_encryption # want-note AZURE-106
}

resource "azurerm_kusto_cluster" "telemetry" {
  name                    = "acmetelemetry"
  location                = "westeurope"
  resource_group_name     = "rg"
  public_network_access_enabled = false
  disk_encryption_enabled = true

  sku {
    name     = "Standard_D13_v2"
    capacity = 2
  }
}

resource "azurerm_kusto_cluster" "legacy" {
  name                   = "acmelegacy"
  location               = "westeurope"
  resource_group_name    = "rg"
  public_network_access_enabled = false
  enable_disk_encryption = true

  sku {
    name     = "Standard_D13_v2"
    capacity = 2
  }
}
