variable "org_id" { # want GCP-010 GCP-114 GCP-117
  type    = string
  default = "123456789012"
}

# Every entry of every project under the organization, minus noisy load
# balancer request logs, goes to the central logging project.
resource "google_logging_organization_sink" "all" {
  name             = "all-entries"
  org_id           = var.org_id
  destination      = "logging.googleapis.com/projects/acme-logs/locations/global/buckets/central"
  include_children = true

  exclusions {
    name   = "lb-requests"
    filter = "resource.type=\"http_load_balancer\""
  }
}
