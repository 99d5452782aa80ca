resource "azurerm_resource_group" "app" {
  name     = "app"
  location = "westeurope"
}

data "azurerm_resource_group" "shared" {
  name = "shared"
}

# The VM's own identity owns its resource group (the AzureGoat path: a
# foothold on the VM asks the metadata endpoint for a token and grants).
resource "azurerm_linux_virtual_machine" "web" {
  name                  = "web"
  resource_group_name   = azurerm_resource_group.app.name
  location              = azurerm_resource_group.app.location
  size                  = "Standard_B2s"
  admin_username        = "azureuser"
  network_interface_ids = ["/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/app/providers/Microsoft.Network/networkInterfaces/web"]
  encryption_at_host_enabled = true

  admin_ssh_key {
    username   = "azureuser"
    public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample"
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

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_role_assignment" "web_owner" {
  scope                = azurerm_resource_group.app.id
  role_definition_name = "Owner" # want AZURE-198 "assigns Owner on azurerm_resource_group.app to the system-assigned identity of azurerm_linux_virtual_machine.web"
  principal_id         = azurerm_linux_virtual_machine.web.identity[0].principal_id
}

# A user-assigned identity that an automation account runs its runbooks with.
resource "azurerm_user_assigned_identity" "runbooks" {
  name                = "runbooks"
  resource_group_name = azurerm_resource_group.app.name
  location            = azurerm_resource_group.app.location
}

resource "azurerm_automation_account" "ops" { # want AZURE-174
  name                          = "ops"
  resource_group_name           = azurerm_resource_group.app.name
  location                      = azurerm_resource_group.app.location
  sku_name                      = "Basic"
  public_network_access_enabled = false

  identity {
    type         = "UserAssigned"
    identity_ids = [azurerm_user_assigned_identity.runbooks.id]
  }
}

resource "azurerm_role_assignment" "runbooks_uaa" {
  scope                = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/shared"
  role_definition_name = "User Access Administrator" # want AZURE-198 "User Access Administrator on resource group shared to azurerm_user_assigned_identity.runbooks, which azurerm_automation_account.ops runs with"
  principal_id         = azurerm_user_assigned_identity.runbooks.principal_id
}

# A built-in role by id, on a resource group read as a data source.
resource "azurerm_role_assignment" "ops_rbac_admin" {
  scope              = data.azurerm_resource_group.shared.id
  role_definition_id = "/providers/Microsoft.Authorization/roleDefinitions/f58310d9-a9f6-439a-9e8d-f62e7b41a168" # want AZURE-198 "Role Based Access Control Administrator"
  principal_id       = azurerm_linux_virtual_machine.web.identity[0].principal_id
}

# The group's id assembled from the subscription's (the AzureGoat spelling).
data "azurerm_subscription" "primary" {}

variable "resource_group" {
  type = string
}

resource "azurerm_role_assignment" "web_owner_by_name" {
  scope                = "${data.azurerm_subscription.primary.id}/resourceGroups/${var.resource_group}"
  role_definition_name = "Owner" # want AZURE-198 "Owner on a resource group to the system-assigned identity of azurerm_linux_virtual_machine.web"
  principal_id         = azurerm_linux_virtual_machine.web.identity[0].principal_id
}
