variable "public_ips" {
  type    = list(string)
  default = []
}

resource "google_compute_instance" "private" {
  name         = "private"
  machine_type = "e2-medium"
  zone         = "europe-west1-b"
  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }
  network_interface {
    network = "default"
  }
}

# A dynamic block over an empty list adds no access_config.
resource "google_compute_instance" "dynamic_none" {
  name         = "dynamic-none"
  machine_type = "e2-medium"
  zone         = "europe-west1-b"
  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }
  network_interface {
    network = "default"
    dynamic "access_config" {
      for_each = var.public_ips
      content {
        nat_ip = access_config.value
      }
    }
  }
}
