resource "azurerm_mssql_server" "app" {
  name                = "acme-sql"
  resource_group_name = azurerm_resource_group.data.name
  location            = azurerm_resource_group.data.location
  version             = "12.0"

  azuread_administrator {
    login_username              = "sql-admins"
    object_id                   = var.dba_group_object_id
    azuread_authentication_only = true
  }
}

resource "azurerm_mysql_flexible_server" "orders" {
  name                   = "acme-orders"
  resource_group_name    = azurerm_resource_group.data.name
  location               = azurerm_resource_group.data.location
  administrator_login    = "mysqladmin"
  administrator_password = var.mysql_password
  sku_name               = "GP_Standard_D2ds_v4"

  identity {
    type         = "UserAssigned"
    identity_ids = [azurerm_user_assigned_identity.mysql.id]
  }
}

resource "azurerm_mysql_flexible_server_active_directory_administrator" "orders" {
  server_id   = azurerm_mysql_flexible_server.orders.id
  identity_id = azurerm_user_assigned_identity.mysql.id
  login       = "dba-group"
  object_id   = var.dba_group_object_id
  tenant_id   = var.tenant_id
}

resource "azurerm_kubernetes_cluster" "apps" {
  name                   = "acme-apps"
  location               = azurerm_resource_group.aks.location
  resource_group_name    = azurerm_resource_group.aks.name
  dns_prefix             = "acme-apps"
  local_account_disabled = true

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }

  azure_active_directory_role_based_access_control {
    azure_rbac_enabled     = true
    admin_group_object_ids = [var.aks_admin_group_object_id]
  }
}
