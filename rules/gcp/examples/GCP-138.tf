resource "google_compute_instance" "runner" {
  # name, machine type, boot disk and network interface as before
  metadata_startup_script = <<-EOT
    #!/bin/bash
    RUNNER_TOKEN=$(gcloud secrets versions access latest --secret=runner-token)
  EOT

  service_account {
    email  = google_service_account.runner.email
    scopes = ["cloud-platform"]
  }
}

resource "google_cloud_run_v2_service" "api" {
  # name, location and the rest as before
  template {
    containers {
      image = "europe-docker.pkg.dev/acme-app/apps/orders-api:1.4.2"
      env {
        name = "DB_PASSWORD"
        value_source {
          secret_key_ref {
            secret  = google_secret_manager_secret.db_password.secret_id
            version = "latest"
          }
        }
      }
    }
  }
}
