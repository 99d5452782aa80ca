# The project's metadata turns OS Login on, but not its 2-step verification.
resource "google_compute_project_metadata" "default" {
  project = "acme-prod"
  metadata = {
    enable-oslogin = "TRUE" # want GCP-165 "without 2-step verification"
  }
}

# A project factory's item that turns OS Login on project-wide, alone.
resource "google_compute_project_metadata_item" "oslogin" {
  count   = var.oslogin ? 1 : 0
  project = "acme-dev"
  key     = "enable-oslogin"
  value   = "TRUE" # want GCP-165
}

variable "oslogin" {
  type    = bool
  default = true
}

# An instance that turns the second factor off for itself.
resource "google_compute_instance" "bastion" {
  name         = "bastion"
  machine_type = "e2-small"
  zone         = "europe-west1-b"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    network = "default"
  }

  metadata = {
    enable-oslogin     = "TRUE"
    enable-oslogin-2fa = "FALSE" # want GCP-165 "turned off"
  }

  service_account {
    email  = "bastion@acme-prod.iam.gserviceaccount.com"
    scopes = ["cloud-platform"]
  }
}

variable "second_factor" {
  type = string
}

resource "google_compute_instance_template" "workers" {
  name_prefix  = "workers-"
  machine_type = "e2-medium"

  disk {
    source_image = "debian-cloud/debian-12"
  }

  network_interface {
    network = "default"
  }

  metadata = {
    enable-oslogin     = "TRUE"
    enable-oslogin-2fa = var.second_factor # want-note GCP-165
  }

  service_account {
    email  = "workers@acme-prod.iam.gserviceaccount.com"
    scopes = ["cloud-platform"]
  }
}
