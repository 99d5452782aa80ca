resource "google_compute_firewall" "ssh" {
  name          = "allow-ssh-from-iap"
  network       = google_compute_network.main.name
  direction     = "INGRESS"
  source_ranges = ["35.235.240.0/20"] # IAP, not 0.0.0.0/0
  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}
