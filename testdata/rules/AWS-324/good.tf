variable "replication_instance_arn" {
  type    = string
  default = "arn:aws:dms:eu-west-1:111122223333:rep:ABCDEFGHIJKLMNOPQRSTUVWXYZ"
}

variable "source_endpoint_arn" {
  type    = string
  default = "arn:aws:dms:eu-west-1:111122223333:endpoint:SOURCE0123456789"
}

variable "target_endpoint_arn" {
  type    = string
  default = "arn:aws:dms:eu-west-1:111122223333:endpoint:TARGET0123456789"
}

locals {
  log_components = ["SOURCE_CAPTURE", "SOURCE_UNLOAD", "TARGET_LOAD", "TARGET_APPLY", "TASK_MANAGER"]
  task_settings = {
    TargetMetadata = { TargetSchema = "", SupportLobs = true }
    Logging = {
      EnableLogging = true
      LogComponents = [for c in local.log_components : { Id = c, Severity = "LOGGER_SEVERITY_DEFAULT" }]
    }
  }
}

resource "aws_dms_replication_task" "orders" {
  for_each                  = toset(["orders", "customers"])
  replication_task_id       = each.key
  migration_type            = "full-load-and-cdc"
  replication_instance_arn  = var.replication_instance_arn
  source_endpoint_arn       = var.source_endpoint_arn
  target_endpoint_arn       = var.target_endpoint_arn
  table_mappings            = jsonencode({ rules = [{ "rule-type" = "selection", "rule-id" = "1", "rule-name" = each.key, "object-locator" = { "schema-name" = "public", "table-name" = each.key }, "rule-action" = "include" }] })
  replication_task_settings = jsonencode(local.task_settings)
}

# Settings written as a JSON heredoc.
resource "aws_dms_replication_task" "history" {
  replication_task_id       = "history"
  migration_type            = "full-load"
  replication_instance_arn  = var.replication_instance_arn
  source_endpoint_arn       = var.source_endpoint_arn
  target_endpoint_arn       = var.target_endpoint_arn
  table_mappings            = jsonencode({ rules = [] })
  replication_task_settings = <<-JSON
    {
      "Logging": {
        "EnableLogging": true,
        "LogComponents": [
          {"Id": "TARGET_LOAD", "Severity": "LOGGER_SEVERITY_DEFAULT"}
        ]
      }
    }
  JSON
}
