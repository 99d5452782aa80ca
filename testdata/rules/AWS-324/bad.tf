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
  table_mappings = jsonencode({
    rules = [{
      "rule-type"      = "selection"
      "rule-id"        = "1"
      "rule-name"      = "all"
      "object-locator" = { "schema-name" = "public", "table-name" = "%" }
      "rule-action"    = "include"
    }]
  })
}

# No task settings: logging stays off.
resource "aws_dms_replication_task" "orders" { # want AWS-324 "replication_task_settings is not set"
  replication_task_id      = "orders"
  migration_type           = "full-load-and-cdc"
  replication_instance_arn = var.replication_instance_arn
  source_endpoint_arn      = var.source_endpoint_arn
  target_endpoint_arn      = var.target_endpoint_arn
  table_mappings           = local.table_mappings
}

# Settings tuned for the load, logging left out of them.
resource "aws_dms_replication_task" "history" {
  replication_task_id      = "history"
  migration_type           = "full-load"
  replication_instance_arn = var.replication_instance_arn
  source_endpoint_arn      = var.source_endpoint_arn
  target_endpoint_arn      = var.target_endpoint_arn
  table_mappings           = local.table_mappings
  replication_task_settings = jsonencode({ # want AWS-324 "EnableLogging is not set"
    TargetMetadata = { TargetSchema = "", SupportLobs = true, LimitedSizeLobMode = true, LobMaxSize = 32 }
    FullLoadSettings = { TargetTablePrepMode = "DROP_AND_CREATE", MaxFullLoadSubTasks = 8 }
  })
}

# Logging written out and turned off.
resource "aws_dms_replication_task" "audit" {
  replication_task_id      = "audit"
  migration_type           = "cdc"
  replication_instance_arn = var.replication_instance_arn
  source_endpoint_arn      = var.source_endpoint_arn
  target_endpoint_arn      = var.target_endpoint_arn
  table_mappings           = local.table_mappings
  replication_task_settings = jsonencode({ # want AWS-324 "EnableLogging = false"
    Logging = {
      EnableLogging = false
      LogComponents = []
    }
  })
}

variable "task_settings" {
  type = string
}

resource "aws_dms_replication_task" "ledger" {
  replication_task_id       = "ledger"
  migration_type            = "cdc"
  replication_instance_arn  = var.replication_instance_arn
  source_endpoint_arn       = var.source_endpoint_arn
  target_endpoint_arn       = var.target_endpoint_arn
  table_mappings            = local.table_mappings
  replication_task_settings = var.task_settings # want-note AWS-324
}
