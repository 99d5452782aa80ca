resource "google_logging_project_sink" "all" {
  name                   = "all-entries"
  project                = "acme-prod"
  destination            = "bigquery.googleapis.com/projects/acme-logs/datasets/prod_logs"
  filter                 = ""
  unique_writer_identity = true

  bigquery_options {
    use_partitioned_tables = true
  }
}
