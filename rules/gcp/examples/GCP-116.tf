resource "google_dns_policy" "logging" {
  name           = "dns-logging"
  enable_logging = true
  networks {
    network_url = google_compute_network.vpc.id
  }
}
