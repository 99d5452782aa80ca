resource "azapi_resource" "tde" {
  type      = "Microsoft.Sql/servers/databases/transparentDataEncryption@2023-08-01-preview"
  name      = "current"
  parent_id = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.Sql/servers/acme-sql/databases/orders"
  body = {
    properties = {
      state = "Disabled" # want AZURE-104 "state = \"Disabled\""
    }
  }
}
