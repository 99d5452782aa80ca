resource "google_compute_network" "vpc" {
  name                    = "vpc"
  auto_create_subnetworks = false
}

resource "google_dns_policy" "logging" {
  name           = "dns-logging"
  enable_logging = true
  networks {
    network_url = google_compute_network.vpc.id
  }
}

resource "google_compute_firewall" "deny_egress" {
  name               = "deny-all-egress"
  network            = google_compute_network.vpc.name
  direction          = "EGRESS"
  priority           = 65000
  destination_ranges = ["0.0.0.0/0"]
  deny {
    protocol = "all"
  }
}
