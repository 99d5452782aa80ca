# Serverless workloads whose environment carries a credential: the
# variables are part of the function's, service's or version's
# configuration, shown to anyone who may view it.

resource "google_cloudfunctions2_function" "billing_webhook" {
  name     = "billing-webhook"
  location = "europe-west1"

  build_config {
    runtime     = "python312"
    entry_point = "handle"
    source {
      storage_source {
        bucket = "acme-fn-sources"
        object = "billing-webhook.zip"
      }
    }
  }

  service_config {
    available_memory      = "512M"
    ingress_settings      = "ALLOW_INTERNAL_AND_GCLB"
    service_account_email = "billing-webhook@acme-app.iam.gserviceaccount.com"
    environment_variables = {
      LOG_LEVEL      = "warning"
      STRIPE_API_KEY = "sk_live_51Hx9aQ2mV7pLk3Zt8Rw" # want GCP-138 "STRIPE_API_KEY"
    }
  }
}

resource "google_cloudfunctions_function" "thumbnailer" { # want GCP-136
  name                  = "thumbnailer"
  runtime               = "nodejs20"
  region                = "europe-west1"
  entry_point           = "thumbnail"
  source_archive_bucket = "acme-fn-sources"
  source_archive_object = "thumbnailer.zip"

  event_trigger {
    event_type = "google.storage.object.finalize"
    resource   = "acme-uploads"
  }

  # The build fetches a private npm package with a token written here.
  build_environment_variables = {
    NPM_TOKEN = "npm_4fTq9ZkW2bXc7LmP0sRv" # want GCP-138 "NPM_TOKEN"
  }
}

variable "service_env" {
  type = map(string)
  default = {
    DB_HOST     = "10.20.0.3"
    DB_PASSWORD = "Tr0ub4dor-and-3"
  }
}

resource "google_cloud_run_v2_service" "api" {
  name     = "orders-api"
  location = "europe-west1"
  ingress  = "INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER"

  template {
    service_account = "orders-api@acme-app.iam.gserviceaccount.com"
    containers {
      image = "europe-docker.pkg.dev/acme-app/apps/orders-api:1.4.2"

      dynamic "env" {
        for_each = var.service_env
        content {
          name  = env.key
          value = env.value # want GCP-138 "DB_PASSWORD"
        }
      }
    }
  }
}

resource "google_cloud_run_v2_job" "nightly_export" {
  name     = "nightly-export"
  location = "europe-west1"

  template {
    template {
      service_account = "exporter@acme-app.iam.gserviceaccount.com"
      containers {
        image = "europe-docker.pkg.dev/acme-app/jobs/exporter:2.0.0"
      }
      containers {
        image = "europe-docker.pkg.dev/acme-app/jobs/uploader:2.0.0"
        env {
          name  = "SFTP_PASSWORD"
          value = "exp0rt-Night-7731" # want GCP-138 "SFTP_PASSWORD"
        }
      }
    }
  }
}

resource "google_cloud_run_service" "legacy_frontend" { # want GCP-136
  name     = "legacy-frontend"
  location = "europe-west1"

  metadata {
    annotations = {
      "run.googleapis.com/ingress" = "internal-and-cloud-load-balancing"
    }
  }

  template {
    spec {
      containers {
        image = "gcr.io/acme-app/frontend:3.1"
        env {
          name  = "MAPS_KEY"
          value = "AIzaSyD4kP9xQ2vL7mN3bR8tW1cF6hJ0sY5uE2a" # want GCP-138 "Google API key"
        }
      }
    }
  }
}

resource "google_app_engine_standard_app_version" "worker" {
  version_id = "v7"
  service    = "worker"
  runtime    = "python312"

  entrypoint {
    shell = "gunicorn -b :$PORT main:app"
  }
  deployment {
    zip {
      source_url = "https://storage.googleapis.com/acme-gae/worker-v7.zip"
    }
  }

  env_variables = {
    SESSION_SECRET = "c0ffee-9d8e7f6a5b4c" # want GCP-138 "SESSION_SECRET"
  }
}

resource "google_cloudbuild_trigger" "deploy" {
  name     = "deploy-main"
  location = "europe-west1"

  github {
    owner = "acme"
    name  = "orders"
    push {
      branch = "^main$"
    }
  }

  substitutions = {
    _REGION          = "europe-west1"
    _SONAR_API_TOKEN = "squ_7d1f0a9c2b4e6f8a0c2e4b6d" # want GCP-138 "_SONAR_API_TOKEN"
  }
  filename = "cloudbuild.yaml"
}

resource "google_cloudbuild_trigger" "migrate" {
  name     = "migrate-db"
  location = "europe-west1"

  source_to_build {
    uri       = "https://github.com/acme/orders"
    ref       = "refs/heads/main"
    repo_type = "GITHUB"
  }

  build {
    step {
      name = "gcr.io/google.com/cloudsdktool/cloud-sdk"
      args = ["./scripts/migrate.sh"]
      env  = ["DB_HOST=10.20.0.3", "DB_PASSWORD=m1gr4te-Orders-42"] # want GCP-138 "DB_PASSWORD"
    }
  }
}
