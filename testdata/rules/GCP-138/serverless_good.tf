# Serverless workloads that read their credentials from Secret Manager at
# run time; their plain environment holds only settings.

resource "google_secret_manager_secret" "stripe" {
  secret_id = "stripe-api-key"
  replication {
    auto {}
  }
}

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
      LOG_LEVEL                  = "warning"
      STRIPE_API_KEY_SECRET_NAME = google_secret_manager_secret.stripe.secret_id
      TOKEN_TTL                  = "3600"
      PASSWORD_MIN_LENGTH        = "12"
    }
    secret_environment_variables {
      key        = "STRIPE_API_KEY"
      project_id = "acme-app"
      secret     = google_secret_manager_secret.stripe.secret_id
      version    = "latest"
    }
  }
}

variable "db_password" {
  type      = string
  sensitive = true
}

resource "google_cloud_run_v2_service" "api" {
  name     = "orders-api"
  location = "europe-west1"
  ingress  = "INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER"

  template {
    service_account = "orders-api@acme-app.iam.gserviceaccount.com"
    containers {
      image = "europe-docker.pkg.dev/acme-app/apps/orders-api:1.4.2"
      env {
        name = "DB_PASSWORD"
        value_source {
          secret_key_ref {
            secret  = "orders-db-password"
            version = "latest"
          }
        }
      }
      env {
        name  = "DB_USER"
        value = "orders"
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
          name = "SESSION_SECRET"
          value_from {
            secret_key_ref {
              name = "frontend-session-secret"
              key  = "latest"
            }
          }
        }
        env {
          name  = "API_TOKEN_HEADER"
          value = "X-Frontend-Token"
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
    SECRET_PROJECT = "acme-app"
    QUEUE_NAME     = "exports"
  }
}

resource "google_cloudbuild_trigger" "migrate" {
  name     = "migrate-db"
  location = "europe-west1"

  source_to_build {
    uri       = "https://github.com/acme/orders"
    ref       = "refs/heads/main"
    repo_type = "GITHUB"
  }

  substitutions = {
    _REGION         = "europe-west1"
    _DB_SECRET_NAME = "orders-db-password"
  }

  build {
    available_secrets {
      secret_manager {
        env          = "DB_PASSWORD"
        version_name = "projects/acme-app/secrets/orders-db-password/versions/latest"
      }
    }
    step {
      name       = "gcr.io/google.com/cloudsdktool/cloud-sdk"
      entrypoint = "bash"
      args       = ["-c", "./scripts/migrate.sh"]
      env        = ["DB_HOST=10.20.0.3"]
      secret_env = ["DB_PASSWORD"]
    }
  }
}
