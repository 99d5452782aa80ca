variable "environment" {
  type    = string
  default = "prod"
}

variable "startup_script" {
  type = string
}

locals {
  # The runner token is read from Secret Manager at boot by the VM's own service account.
  register = <<-EOT
    #!/bin/bash
    RUNNER_TOKEN=$(gcloud secrets versions access latest --secret=runner-token-${var.environment})
    gitlab-runner register --non-interactive --url https://gitlab.example.com \
      --registration-token "$RUNNER_TOKEN" --executor docker
  EOT
}

resource "google_compute_instance" "runner" {
  name         = "ci-runner"
  machine_type = "e2-standard-4"
  zone         = "europe-west1-b"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }
  network_interface {
    subnetwork = "projects/acme-net/regions/europe-west1/subnetworks/private"
  }
  service_account {
    email  = "ci-runner@acme-ci.iam.gserviceaccount.com"
    scopes = ["cloud-platform"]
  }

  metadata_startup_script = local.register
  metadata = {
    enable-oslogin = "TRUE"
    ssh-keys       = "admin:ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHx admin@example.com"
  }
}

resource "google_compute_instance_template" "web" {
  name_prefix  = "web-"
  machine_type = "e2-small"

  disk {
    source_image = "debian-cloud/debian-12"
    boot         = true
  }
  network_interface {
    subnetwork = "projects/acme-net/regions/europe-west1/subnetworks/private"
  }
  service_account {
    email  = "web@acme-app.iam.gserviceaccount.com"
    scopes = ["cloud-platform"]
  }

  metadata = {
    enable-oslogin = "TRUE"
    startup-script = var.startup_script
  }
}
