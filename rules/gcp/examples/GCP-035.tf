resource "google_compute_firewall" "deny_all_egress" {
  name               = "deny-all-egress"
  network            = google_compute_network.main.id
  direction          = "EGRESS"
  priority           = 65534
  destination_ranges = ["0.0.0.0/0"]
  deny {
    protocol = "all"
  }
}

resource "google_compute_firewall" "allow_google_apis" {
  name               = "allow-google-apis"
  network            = google_compute_network.main.id
  direction          = "EGRESS"
  priority           = 1000
  destination_ranges = ["199.36.153.8/30"] # private.googleapis.com
  allow {
    protocol = "tcp"
    ports    = ["443"]
  }
}
