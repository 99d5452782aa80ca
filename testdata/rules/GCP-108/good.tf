variable "serial" {
  type = string
}

resource "google_compute_instance_template" "app" {
  name_prefix  = "app-"
  machine_type = "e2-medium"
  disk {
    source_image = "debian-cloud/debian-12"
  }
  network_interface {
    subnetwork = "projects/acme/regions/europe-west1/subnetworks/app"
  }
  metadata = {
    serial-port-enable = "FALSE"
    enable-oslogin     = "TRUE"
  }
}

resource "google_compute_project_metadata" "defaults" {
  metadata = {
    enable-oslogin     = "TRUE"
    enable-oslogin-2fa = "TRUE"
  }
}

resource "google_compute_project_metadata_item" "serial" {
  key   = "serial-port-enable"
  value = var.serial # want-note GCP-108
}
