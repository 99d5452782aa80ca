# Cloud Run and Cloud Functions that name no service account run as a
# project-wide default one.
resource "google_cloud_run_v2_service" "orders" { # want GCP-136 "template.service_account is not set"
  name     = "orders"
  location = "europe-west1"
  ingress  = "INGRESS_TRAFFIC_INTERNAL_ONLY"

  template {
    containers {
      image = "europe-docker.pkg.dev/acme/apps/orders:1.4.2"
    }
  }
}

resource "google_cloud_run_v2_job" "export" {
  name     = "nightly-export"
  location = "europe-west1"

  template {
    template {
      service_account = "123456789012-compute@developer.gserviceaccount.com" # want GCP-136 "developer.gserviceaccount.com"
      containers {
        image = "europe-docker.pkg.dev/acme/jobs/export:2.0.0"
      }
    }
  }
}

resource "google_cloud_run_service" "legacy" { # want GCP-136
  name     = "legacy"
  location = "europe-west1"

  metadata {
    annotations = {
      "run.googleapis.com/ingress" = "internal"
    }
  }

  template {
    spec {
      containers {
        image = "gcr.io/acme/legacy:7"
      }
    }
  }
}

resource "google_cloudfunctions2_function" "resize" { # want GCP-136
  name     = "resize"
  location = "europe-west1"

  build_config {
    runtime     = "python312"
    entry_point = "resize"
  }

  service_config {
    ingress_settings = "ALLOW_INTERNAL_ONLY"
  }
}

# 1st gen functions run as the App Engine default service account.
resource "google_cloudfunctions_function" "notify" { # want GCP-136 "App Engine default service account"
  name                  = "notify"
  runtime               = "nodejs20"
  entry_point           = "notify"
  source_archive_bucket = "acme-functions"
  source_archive_object = "notify.zip"
  ingress_settings      = "ALLOW_INTERNAL_ONLY"

  event_trigger {
    event_type = "google.pubsub.topic.publish"
    resource   = "projects/acme/topics/orders"
  }
}

resource "google_cloudfunctions_function" "audit" {
  name                  = "audit"
  runtime               = "nodejs20"
  entry_point           = "audit"
  source_archive_bucket = "acme-functions"
  source_archive_object = "audit.zip"
  ingress_settings      = "ALLOW_INTERNAL_ONLY"
  service_account_email = "acme-prod@appspot.gserviceaccount.com" # want GCP-136 "appspot"

  event_trigger {
    event_type = "google.pubsub.topic.publish"
    resource   = "projects/acme/topics/audit"
  }
}
