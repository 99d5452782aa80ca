# Without --account-baseline the missing metrics and alerts are only "no
# evidence" in the checklist report (see baseline/).
resource "google_logging_metric" "firewall_changes" {
  name   = "firewall-changes"
  filter = "resource.type=\"gce_firewall_rule\" AND protoPayload.methodName:\"compute.firewalls.insert\""
  metric_descriptor {
    metric_kind = "DELTA"
    value_type  = "INT64"
  }
}
