variable "functions" {
  type = map(string)
  default = {
    webhook = "handle"
    report  = "main"
  }
}

variable "http_trigger" {
  type = bool
}

resource "google_cloudfunctions_function" "http" { # want GCP-162 # want GCP-136
  for_each                     = var.functions
  name                         = each.key
  runtime                      = "python312"
  entry_point                  = each.value
  source_archive_bucket        = "acme-function-sources"
  source_archive_object        = "${each.key}.zip"
  trigger_http                 = true
  https_trigger_security_level = "SECURE_ALWAYS"
}

# Event-triggered functions have no HTTP endpoint.
resource "google_cloudfunctions_function" "on_upload" { # want GCP-136
  name                  = "on-upload"
  runtime               = "go122"
  entry_point           = "OnUpload"
  source_archive_bucket = "acme-function-sources"
  source_archive_object = "on-upload.zip"
  event_trigger {
    event_type = "google.storage.object.finalize"
    resource   = "acme-uploads"
  }
}

# 2nd gen functions only serve HTTPS.
resource "google_cloudfunctions2_function" "api" { # want GCP-162 # want GCP-136
  name     = "api"
  location = "europe-west1"
  build_config {
    runtime     = "python312"
    entry_point = "main"
  }
}

# Whether the function has an HTTP trigger comes from a variable without a
# value.
resource "google_cloudfunctions_function" "configurable" { # want GCP-136
  name                  = "configurable"
  runtime               = "python312"
  entry_point           = "main"
  source_archive_bucket = "acme-function-sources"
  source_archive_object = "configurable.zip"
  trigger_http          = var.http_trigger # want-note GCP-133 # want-note GCP-162
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

  handlers {
    url_regex      = "/.*"
    security_level = "SECURE_ALWAYS"
    script {
      script_path = "auto"
    }
  }
}

# Handlers come from app.yaml: nothing to judge here.
resource "google_app_engine_standard_app_version" "worker" {
  version_id = "v1"
  service    = "worker"
  runtime    = "go122"

  deployment {
    zip {
      source_url = "https://storage.googleapis.com/acme-deploy/worker-v1.zip"
    }
  }
}
