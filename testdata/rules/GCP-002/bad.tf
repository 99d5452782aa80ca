resource "google_compute_subnetwork" "app" { # want GCP-002
  name          = "app"
  network       = "default"
  region        = "europe-west1"
  ip_cidr_range = "10.10.0.0/20"
}

resource "google_compute_subnetwork" "private" { # want GCP-002
  name          = "private"
  network       = "default"
  region        = "europe-west1"
  ip_cidr_range = "10.11.0.0/20"
  purpose       = "PRIVATE"
}

resource "google_compute_subnetwork" "flag_off" { # want GCP-002
  name             = "flag-off"
  network          = "default"
  region           = "europe-west1"
  ip_cidr_range    = "10.25.0.0/20"
  enable_flow_logs = false
}
