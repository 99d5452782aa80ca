resource "google_cloudfunctions_function" "webhook" { # want GCP-133 "https_trigger_security_level is not set, and the default is SECURE_OPTIONAL" # want GCP-162 # want GCP-136
  name                  = "webhook"
  runtime               = "nodejs20"
  entry_point           = "handle"
  source_archive_bucket = "acme-function-sources"
  source_archive_object = "webhook.zip"
  trigger_http          = true
}

resource "google_cloudfunctions_function" "report" { # want GCP-162 # want GCP-136
  name                         = "report"
  runtime                      = "python312"
  entry_point                  = "main"
  source_archive_bucket        = "acme-function-sources"
  source_archive_object        = "report.zip"
  trigger_http                 = true
  https_trigger_security_level = "SECURE_OPTIONAL" # want GCP-133
}

resource "google_app_engine_standard_app_version" "web" {
  version_id = "v1"
  service    = "default"
  runtime    = "python312"

  entrypoint {
    shell = "gunicorn -b :$PORT main:app"
  }

  deployment {
    zip {
      source_url = "https://storage.googleapis.com/acme-deploy/web-v1.zip"
    }
  }

  handlers { # want GCP-133
    url_regex = "/.*"
    script {
      script_path = "auto"
    }
  }

  handlers {
    url_regex      = "/static/.*"
    security_level = "SECURE_OPTIONAL"
    static_files {
      path              = "static"
      upload_path_regex = "static/.*"
    }
  }
}
