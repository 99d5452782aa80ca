variable "receiver_url" {
  type = string
}

variable "receiver_host" {
  type = string
}

resource "azurerm_container_registry_webhook" "deploy" {
  name                = "deployhook"
  resource_group_name = "rg-registry"
  registry_name       = "acmeregistry"
  location            = "westeurope"
  service_uri         = "https://deploy.example.com/hooks/acr"
  status              = "enabled"
  scope               = "app:*"
  actions             = ["push"]
}

resource "azurerm_container_registry_webhook" "scan" {
  name                = "scanhook"
  resource_group_name = "rg-registry"
  registry_name       = "acmeregistry"
  location            = "westeurope"
  service_uri         = "https://${var.receiver_host}/scan"
  actions             = ["push"]
}

resource "azurerm_container_registry_webhook" "configured" {
  name                = "confighook"
  resource_group_name = "rg-registry"
  registry_name       = "acmeregistry"
  location            = "westeurope"
  service_uri         = var.receiver_url # want-note AZURE-167
  actions             = ["push"]
}
