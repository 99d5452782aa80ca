resource "azurerm_container_group" "worker" {
  # name, location, resource_group_name, os_type as for any group
  container {
    name   = "worker"
    image  = "acme.azurecr.io/worker:1.4"
    cpu    = 1
    memory = 1.5

    environment_variables        = { LOG_LEVEL = "info" }
    secure_environment_variables = { DB_PASSWORD = var.db_password }
  }
}
