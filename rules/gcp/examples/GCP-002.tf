resource "google_compute_subnetwork" "app" {
  name          = "app"
  network       = google_compute_network.main.id
  region        = "europe-west1"
  ip_cidr_range = "10.10.0.0/20"
  log_config {
    aggregation_interval = "INTERVAL_5_SEC"
    flow_sampling        = 0.5
    metadata             = "INCLUDE_ALL_METADATA"
  }
}
