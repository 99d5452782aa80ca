variable "ingress" {
  type = string
}

resource "google_cloud_run_v2_service" "behind_lb" { # want GCP-136
  name     = "behind-lb"
  location = "europe-west1"
  ingress  = "INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER"
  template {
    containers {
      image = "europe-docker.pkg.dev/acme/apps/api:1.4.2"
    }
  }
}

resource "google_cloud_run_v2_service" "internal" { # want GCP-136
  name     = "internal"
  location = "europe-west1"
  ingress  = "INGRESS_TRAFFIC_INTERNAL_ONLY"
  template {
    containers {
      image = "europe-docker.pkg.dev/acme/apps/worker:3.1.0"
    }
  }
}

resource "google_cloud_run_service" "v1_internal" { # want GCP-136
  name     = "v1-internal"
  location = "europe-west1"
  metadata {
    annotations = {
      "run.googleapis.com/ingress" = "internal-and-cloud-load-balancing"
    }
  }
  template {
    spec {
      containers {
        image = "gcr.io/acme/v1:1"
      }
    }
  }
}

resource "google_cloudfunctions2_function" "gclb" { # want GCP-136
  name     = "gclb"
  location = "europe-west1"
  build_config {
    runtime     = "go122"
    entry_point = "Handle"
  }
  service_config {
    ingress_settings = "ALLOW_INTERNAL_AND_GCLB"
  }
}

# Event-driven functions have no HTTP endpoint to reach.
resource "google_cloudfunctions2_function" "on_upload" { # want GCP-136
  name     = "on-upload"
  location = "europe-west1"
  build_config {
    runtime     = "python312"
    entry_point = "on_upload"
  }
  event_trigger {
    event_type     = "google.cloud.storage.object.v1.finalized"
    trigger_region = "europe-west1"
  }
}

resource "google_cloudfunctions_function" "on_message" { # want GCP-136
  name                  = "on-message"
  runtime               = "python312"
  entry_point           = "handle"
  source_archive_bucket = "acme-function-sources"
  source_archive_object = "on-message.zip"
  event_trigger {
    event_type = "google.pubsub.topic.publish"
    resource   = "projects/acme/topics/orders"
  }
}

resource "google_cloudfunctions_function" "internal_http" { # want GCP-136
  name                         = "internal-http"
  runtime                      = "python312"
  entry_point                  = "handle"
  source_archive_bucket        = "acme-function-sources"
  source_archive_object        = "internal.zip"
  trigger_http                 = true
  https_trigger_security_level = "SECURE_ALWAYS"
  ingress_settings             = "ALLOW_INTERNAL_ONLY"
}

# Not known statically: undecided.
resource "google_cloud_run_v2_service" "configurable" { # want GCP-136
  name     = "configurable"
  location = "europe-west1"
  ingress  = var.ingress # want-note GCP-162
  template {
    containers {
      image = "europe-docker.pkg.dev/acme/apps/api:1.4.2"
    }
  }
}
