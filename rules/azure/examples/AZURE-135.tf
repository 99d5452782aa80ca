resource "azurerm_linux_web_app" "api" {
  # name, plan and the rest as before
  site_config {
    remote_debugging_enabled = false # attach a debugger to a local or staging copy instead
  }
}
