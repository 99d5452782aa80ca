variable "services" {
  type = map(object({ image = string }))
  default = {
    api   = { image = "europe-docker.pkg.dev/acme/apps/api:1.4.2" }
    admin = { image = "europe-docker.pkg.dev/acme/apps/admin:0.9.0" }
  }
}

# ingress defaults to INGRESS_TRAFFIC_ALL: the run.app URL answers anyone.
resource "google_cloud_run_v2_service" "svc" { # want GCP-162 # want GCP-136
  for_each = var.services
  name     = each.key
  location = "europe-west1"
  template {
    containers {
      image = each.value.image
    }
  }
}

resource "google_cloud_run_v2_service" "public" { # want GCP-136
  name     = "public"
  location = "europe-west1"
  ingress  = "INGRESS_TRAFFIC_ALL" # want GCP-162
  template {
    containers {
      image = "europe-docker.pkg.dev/acme/apps/public:2.0.0"
    }
  }
}

locals {
  common_annotations = {
    "run.googleapis.com/launch-stage" = "GA"
  }
}

# Cloud Run v1: the ingress is a service annotation, "all" by default.
resource "google_cloud_run_service" "legacy" { # want GCP-162 # want GCP-136
  name     = "legacy"
  location = "europe-west1"
  metadata {
    annotations = merge(local.common_annotations, {
      "run.googleapis.com/client-name" = "terraform"
    })
  }
  template {
    spec {
      containers {
        image = "gcr.io/acme/legacy:1"
      }
    }
  }
}

resource "google_cloud_run_service" "explicit" { # want GCP-136
  name     = "explicit"
  location = "europe-west1"
  metadata {
    annotations = {
      "run.googleapis.com/ingress" = "all" # want GCP-162
    }
  }
  template {
    spec {
      containers {
        image = "gcr.io/acme/explicit:1"
      }
    }
  }
}

resource "google_cloudfunctions2_function" "webhook" { # want GCP-136
  name     = "webhook"
  location = "europe-west1"
  build_config {
    runtime     = "python312"
    entry_point = "handle"
  }
  service_config {
    available_memory = "256M"
    ingress_settings = "ALLOW_ALL" # want GCP-162
  }
}

resource "google_cloudfunctions_function" "hook" { # want GCP-162 # want GCP-136
  name                         = "hook"
  runtime                      = "nodejs20"
  entry_point                  = "handle"
  source_archive_bucket        = "acme-function-sources"
  source_archive_object        = "hook.zip"
  trigger_http                 = true
  https_trigger_security_level = "SECURE_ALWAYS"
}
