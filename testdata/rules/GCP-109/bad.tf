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
    subnetwork = "projects/acme/regions/europe-west1/subnetworks/admin"
  }
  metadata = {
    ssh-keys = "admin:ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleExampleExampleExampleExample admin" # want GCP-109
  }
}

resource "google_compute_instance_template" "legacy" {
  name_prefix  = "legacy-"
  machine_type = "e2-medium"
  disk {
    source_image = "debian-cloud/debian-12"
  }
  network_interface {
    subnetwork = "projects/acme/regions/europe-west1/subnetworks/app"
  }
  metadata = {
    enable-oslogin = "FALSE" # want GCP-109
  }
}

resource "google_compute_instance_template" "shared_keys" {
  name_prefix  = "shared-keys-"
  machine_type = "e2-medium"
  disk {
    source_image = "debian-cloud/debian-12"
  }
  network_interface {
    subnetwork = "projects/acme/regions/europe-west1/subnetworks/app"
  }
  metadata = {
    block-project-ssh-keys = false # want GCP-109 "project-wide SSH keys"
  }
}
