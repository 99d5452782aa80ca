resource "google_logging_folder_sink" "all" {
  name             = "all-entries"
  folder           = "folders/123456789012"
  destination      = "logging.googleapis.com/projects/acme-logs/locations/global/buckets/central"
  include_children = true
}
