resource "azapi_resource" "sql_auditing" {
  type      = "Microsoft.Sql/servers/auditingSettings@2023-08-01-preview"
  name      = "default"
  parent_id = "/subscriptions/0000/resourceGroups/rg-data/providers/Microsoft.Sql/servers/acme-sql"
  body = {
    properties = {
      state                       = "Enabled"
      isAzureMonitorTargetEnabled = true
      retentionDays               = 30 # want AZURE-148 "retentionDays"
    }
  }
}
