resource "google_cloudfunctions_function" "hook" {
  name                         = "hook"
  runtime                      = "python312"
  entry_point                  = "handle"
  source_archive_bucket        = google_storage_bucket.sources.name
  source_archive_object        = google_storage_bucket_object.hook.name
  trigger_http                 = true
  https_trigger_security_level = "SECURE_ALWAYS"
  ingress_settings             = "ALLOW_INTERNAL_AND_GCLB"
}
