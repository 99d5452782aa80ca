resource "azurerm_linux_virtual_machine" "app" {
  # name, size, image, disks and network interfaces as before
  custom_data = base64encode(templatefile("${path.module}/cloud-init.yaml", {
    key_vault_uri = azurerm_key_vault.app.vault_uri # read secrets at boot, with the VM's identity
  }))

  identity {
    type = "SystemAssigned"
  }
}
