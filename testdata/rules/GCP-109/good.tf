# OS Login project-wide: metadata keys are ignored.
resource "google_compute_project_metadata_item" "oslogin" {
  key   = "enable-oslogin"
  value = "TRUE"
}

resource "google_compute_project_metadata_item" "oslogin_2fa" {
  key   = "enable-oslogin-2fa"
  value = "TRUE"
}

resource "google_compute_instance" "app" {
  name         = "app"
  machine_type = "e2-small"
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
    block-project-ssh-keys = "true"
  }
}

resource "google_compute_instance_template" "workers" {
  name_prefix  = "workers-"
  machine_type = "e2-medium"
  disk {
    source_image = "debian-cloud/debian-12"
  }
  network_interface {
    subnetwork = "projects/acme/regions/europe-west1/subnetworks/app"
  }
  metadata = {
    enable-oslogin = "TRUE"
  }
}

resource "google_compute_instance_template" "own_keys_blocked" {
  name_prefix  = "blocked-"
  machine_type = "e2-medium"
  disk {
    source_image = "debian-cloud/debian-12"
  }
  network_interface {
    subnetwork = "projects/acme/regions/europe-west1/subnetworks/app"
  }
  metadata = {
    block-project-ssh-keys = "TRUE"
  }
}

# With OS Login on, metadata keys are ignored.
resource "google_compute_instance_template" "oslogin" {
  name_prefix  = "oslogin-"
  machine_type = "e2-medium"
  disk {
    source_image = "debian-cloud/debian-12"
  }
  network_interface {
    subnetwork = "projects/acme/regions/europe-west1/subnetworks/app"
  }
  metadata = {
    enable-oslogin         = "TRUE"
    block-project-ssh-keys = false
  }
}
