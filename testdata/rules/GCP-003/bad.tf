resource "google_compute_instance" "web" {
  name         = "web"
  machine_type = "e2-medium"
  zone         = "europe-west1-b"
  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }
  network_interface {
    network = "default"
    access_config {} # want GCP-003
  }
}

resource "google_compute_instance_template" "workers" {
  name_prefix  = "workers-"
  machine_type = "e2-medium"
  disk {
    source_image = "debian-cloud/debian-12"
  }
  network_interface {
    network = "default"
    access_config { # want GCP-003
      network_tier = "PREMIUM"
    }
  }
}

resource "google_compute_instance" "ipv6" {
  name         = "ipv6"
  machine_type = "e2-medium"
  zone         = "europe-west1-b"
  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }
  network_interface {
    subnetwork = "dual-stack"
    stack_type = "IPV4_IPV6"
    ipv6_access_config { # want GCP-003
      network_tier = "PREMIUM"
    }
  }
}
