locals {
  register = <<-EOT
    #!/bin/bash
    export RUNNER_TOKEN=glrt-8fK2mQx7Lp3vZ9aB1cD4
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

  metadata_startup_script = local.register # want GCP-138 "token assignment"
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
    user-data      = "#cloud-config\nwrite_files:\n- path: /etc/app/key.pem\n  content: |\n    -----BEGIN PRIVATE KEY-----\n    MIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n" # want GCP-138 "private key"
  }
}
