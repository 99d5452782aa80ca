variable "public_ip_id" {
  type = string
}

resource "azurerm_network_interface" "app" {
  name                = "app-nic"
  location            = "westeurope"
  resource_group_name = "rg-app"

  ip_configuration {
    name                          = "internal"
    subnet_id                     = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Network/virtualNetworks/app/subnets/app"
    private_ip_address_allocation = "Dynamic"
  }
}

resource "azurerm_network_interface" "optional" {
  name                = "optional-nic"
  location            = "westeurope"
  resource_group_name = "rg-app"

  ip_configuration {
    name                          = "internal"
    subnet_id                     = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Network/virtualNetworks/app/subnets/app"
    private_ip_address_allocation = "Dynamic"
    public_ip_address_id          = null
  }
}

resource "azurerm_network_interface" "unknown" {
  name                = "unknown-nic"
  location            = "westeurope"
  resource_group_name = "rg-app"

  ip_configuration {
    name                          = "internal"
    subnet_id                     = "/subscriptions/0000/resourceGroups/rg-app/providers/Microsoft.Network/virtualNetworks/app/subnets/app"
    private_ip_address_allocation = "Dynamic"
    public_ip_address_id          = var.public_ip_id # want-note AZURE-107
  }
}

# Nodes without public IPs, the default.
resource "azurerm_kubernetes_cluster_node_pool" "workers" {
  name                    = "workers"
  kubernetes_cluster_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/acme"
  vm_size                 = "Standard_D2s_v5"
  node_count              = 3
  host_encryption_enabled = true
}

resource "azurerm_kubernetes_cluster_node_pool" "batch" {
  name                    = "batch"
  kubernetes_cluster_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/acme"
  vm_size                 = "Standard_D2s_v5"
  node_count              = 1
  host_encryption_enabled = true
  node_public_ip_enabled  = false
}

resource "azurerm_container_group" "worker" {
  name                = "acme-worker"
  location            = "westeurope"
  resource_group_name = "rg-apps"
  os_type             = "Linux"
  ip_address_type     = "Private"
  subnet_ids          = ["/subscriptions/0000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/apps/subnets/aci"]

  container {
    name   = "worker"
    image  = "mcr.microsoft.com/azuredocs/aci-helloworld:latest"
    cpu    = "0.5"
    memory = "1.5"
  }
}

resource "azurerm_container_group" "batch" {
  name                = "acme-batch"
  location            = "westeurope"
  resource_group_name = "rg-apps"
  os_type             = "Linux"
  ip_address_type     = "None"

  container {
    name   = "batch"
    image  = "mcr.microsoft.com/azuredocs/aci-helloworld:latest"
    cpu    = "0.5"
    memory = "1.5"
  }
}

resource "azurerm_databricks_workspace" "analytics" {
  name                                  = "acme-analytics"
  resource_group_name                   = "rg-data"
  location                              = "westeurope"
  sku                                   = "premium"
  public_network_access_enabled         = false
  network_security_group_rules_required = "NoAzureDatabricksRules"

  custom_parameters {
    no_public_ip        = true
    virtual_network_id  = "/subscriptions/0000/resourceGroups/rg-network/providers/Microsoft.Network/virtualNetworks/vnet-data"
    public_subnet_name  = "databricks-host"
    private_subnet_name = "databricks-container"
  }
}
