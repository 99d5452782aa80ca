variable "retention_days" {
  type = number
}

resource "google_logging_project_bucket_config" "year" {
  project        = "acme-prod"
  location       = "global"
  bucket_id      = "_Default"
  retention_days = 365
}

resource "google_logging_folder_bucket_config" "folder" {
  folder         = "folders/123456"
  location       = "global"
  bucket_id      = "_Default"
  retention_days = 90
}

# A value that cannot be known statically is never reported.
resource "google_logging_project_bucket_config" "from_var" {
  project        = "acme-prod"
  location       = "global"
  bucket_id      = "app"
  retention_days = var.retention_days
}
