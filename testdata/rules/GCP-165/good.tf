resource "google_compute_project_metadata" "default" {
  project = "acme-prod"
  metadata = {
    enable-oslogin     = "TRUE"
    enable-oslogin-2fa = "TRUE"
  }
}

locals {
  oslogin_items = {
    "enable-oslogin"     = "TRUE"
    "enable-oslogin-2fa" = "TRUE"
  }
}

resource "google_compute_project_metadata_item" "oslogin" {
  for_each = local.oslogin_items
  project  = "acme-dev"
  key      = each.key
  value    = each.value
}

# OS Login on for the instance; the project's metadata asks for the
# second factor.
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
    network = "default"
  }

  metadata = {
    enable-oslogin = "TRUE"
  }

  service_account {
    email  = "app@acme-prod.iam.gserviceaccount.com"
    scopes = ["cloud-platform"]
  }
}
