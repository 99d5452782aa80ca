resource "aws_dms_replication_task" "orders" {
  replication_task_id      = "orders"
  migration_type           = "full-load-and-cdc"
  replication_instance_arn = aws_dms_replication_instance.main.replication_instance_arn
  source_endpoint_arn      = aws_dms_endpoint.source.endpoint_arn
  target_endpoint_arn      = aws_dms_endpoint.target.endpoint_arn
  table_mappings           = file("${path.module}/table-mappings.json")
  replication_task_settings = jsonencode({
    Logging = {
      EnableLogging = true
      LogComponents = [
        for id in ["SOURCE_CAPTURE", "SOURCE_UNLOAD", "TARGET_LOAD", "TARGET_APPLY"] :
        { Id = id, Severity = "LOGGER_SEVERITY_DEFAULT" }
      ]
    }
  })
}
