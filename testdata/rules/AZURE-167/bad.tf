resource "azurerm_container_registry_webhook" "deploy" {
  name                = "deployhook"
  resource_group_name = "rg-registry"
  registry_name       = "acmeregistry"
  location            = "westeurope"
  service_uri         = "http://deploy.internal.example.com/hooks/acr" # want AZURE-167 "http://"
  status              = "enabled"
  scope               = "app:*"
  actions             = ["push", "delete"]
  custom_headers = {
    "Authorization" = "Bearer ${var.deploy_token}"
  }
}

variable "deploy_token" {
  type      = string
  sensitive = true
}

variable "receiver_host" {
  type = string
}

# The host is an input, the scheme is not.
resource "azurerm_container_registry_webhook" "scan" {
  name                = "scanhook"
  resource_group_name = "rg-registry"
  registry_name       = "acmeregistry"
  location            = "westeurope"
  service_uri         = "HTTP://${var.receiver_host}/scan" # want AZURE-167
  actions             = ["push"]
}
