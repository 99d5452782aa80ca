resource "google_compute_instance" "app" {
  name         = "app"
  machine_type = "e2-medium"
  zone         = "europe-west1-b"
  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }
  network_interface {
    subnetwork = "projects/acme/regions/europe-west1/subnetworks/app"
  }
  metadata = {
    serial-port-enable = "TRUE" # want GCP-108
    enable-oslogin     = "TRUE"
  }
}

resource "google_compute_project_metadata_item" "serial" {
  key   = "serial-port-enable"
  value = "true" # want GCP-108
}
