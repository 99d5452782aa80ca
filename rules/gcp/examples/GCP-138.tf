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
