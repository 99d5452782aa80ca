resource "google_logging_project_bucket_config" "default" { # want GCP-012
  project   = "acme-prod"
  location  = "global"
  bucket_id = "_Default"
}

resource "google_logging_project_bucket_config" "app" {
  project        = "acme-prod"
  location       = "global"
  bucket_id      = "app"
  retention_days = 30 # want GCP-012
}

resource "google_logging_organization_bucket_config" "org" {
  organization   = "123456789012"
  location       = "global"
  bucket_id      = "_Default"
  retention_days = 60 # want GCP-012
}
