resource "google_compute_network" "vpc" { # want GCP-116 GCP-035
  name                    = "vpc"
  auto_create_subnetworks = false
}

resource "google_compute_network" "quiet" { # want GCP-035
  name                    = "quiet"
  auto_create_subnetworks = false
}

resource "google_dns_policy" "quiet" {
  name           = "quiet"
  enable_logging = false # want GCP-116
  networks {
    network_url = google_compute_network.quiet.id
  }
}
