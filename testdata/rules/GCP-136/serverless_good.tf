resource "google_service_account" "orders" {
  account_id = "orders-run"
}

resource "google_cloud_run_v2_service" "orders" {
  name     = "orders"
  location = "europe-west1"
  ingress  = "INGRESS_TRAFFIC_INTERNAL_ONLY"

  template {
    service_account = google_service_account.orders.email
    containers {
      image = "europe-docker.pkg.dev/acme/apps/orders:1.4.2"
    }
  }
}

resource "google_cloud_run_service" "legacy" {
  name     = "legacy"
  location = "europe-west1"

  metadata {
    annotations = {
      "run.googleapis.com/ingress" = "internal"
    }
  }

  template {
    spec {
      service_account_name = "legacy-run@acme-prod.iam.gserviceaccount.com"
      containers {
        image = "gcr.io/acme/legacy:7"
      }
    }
  }
}

resource "google_cloudfunctions2_function" "resize" {
  name     = "resize"
  location = "europe-west1"

  build_config {
    runtime     = "python312"
    entry_point = "resize"
  }

  service_config {
    ingress_settings      = "ALLOW_INTERNAL_ONLY"
    service_account_email = google_service_account.orders.email
  }
}

resource "google_cloudfunctions_function" "notify" {
  name                  = "notify"
  runtime               = "nodejs20"
  entry_point           = "notify"
  source_archive_bucket = "acme-functions"
  source_archive_object = "notify.zip"
  ingress_settings      = "ALLOW_INTERNAL_ONLY"
  service_account_email = "notify-fn@acme-prod.iam.gserviceaccount.com"

  event_trigger {
    event_type = "google.pubsub.topic.publish"
    resource   = "projects/acme/topics/orders"
  }
}

# A module input without a value: the caller names the account (undecided).
variable "job_service_account" {
  type = string
}

resource "google_cloud_run_v2_job" "export" {
  name     = "nightly-export"
  location = "europe-west1"

  template {
    template {
      service_account = var.job_service_account # want-note GCP-136 "has no value"
      containers {
        image = "europe-docker.pkg.dev/acme/jobs/export:2.0.0"
      }
    }
  }
}
