# Private ranges, Google's health-check ranges and a company's public /16.
resource "google_compute_firewall" "wide_internal" {
  name    = "wide_internal"
  network = "default"
  allow {
    protocol = "tcp"
    ports    = ["22", "5432"]
  }
  source_ranges = ["10.0.0.0/8", "172.16.0.0/12", "35.191.0.0/16", "130.211.0.0/22", "198.51.0.0/16"]
}
