resource "azurerm_security_center_subscription_pricing" "vms" {
  tier          = "Free" # want AZURE-011
  resource_type = "VirtualMachines"
}
