resource "google_cloudfunctions_function" "webhook" { # want GCP-133 "https_trigger_security_level is not set, and the default is SECURE_OPTIONAL"
  name                  = "webhook"
  runtime               = "nodejs20"
  entry_point           = "handle"
  source_archive_bucket = "acme-function-sources"
  source_archive_object = "webhook.zip"
  trigger_http          = true
}

resource "google_cloudfunctions_function" "report" {
  name                         = "report"
  runtime                      = "python312"
  entry_point                  = "main"
  source_archive_bucket        = "acme-function-sources"
  source_archive_object        = "report.zip"
  trigger_http                 = true
  https_trigger_security_level = "SECURE_OPTIONAL" # want GCP-133
}
