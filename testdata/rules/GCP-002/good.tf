variable "purpose" {
  type = string
}

resource "google_compute_subnetwork" "logged" {
  name          = "logged"
  network       = "default"
  region        = "europe-west1"
  ip_cidr_range = "10.20.0.0/20"
  log_config {
    aggregation_interval = "INTERVAL_5_SEC"
    flow_sampling        = 0.5
    metadata             = "INCLUDE_ALL_METADATA"
  }
}

# Proxy-only subnetworks cannot have flow logs.
resource "google_compute_subnetwork" "proxy" {
  name          = "proxy-only"
  network       = "default"
  region        = "europe-west1"
  ip_cidr_range = "10.21.0.0/23"
  purpose       = "REGIONAL_MANAGED_PROXY"
  role          = "ACTIVE"
}

resource "google_compute_subnetwork" "legacy_proxy" {
  name          = "legacy-proxy"
  network       = "default"
  region        = "europe-west2"
  ip_cidr_range = "10.22.0.0/23"
  purpose       = "INTERNAL_HTTPS_LOAD_BALANCER"
  role          = "ACTIVE"
}

# Not known statically: not reported.
resource "google_compute_subnetwork" "unknown" {
  name          = "unknown"
  network       = "default"
  region        = "europe-west1"
  ip_cidr_range = "10.23.0.0/20"
  purpose       = var.purpose
}

# google provider 3.x: enable_flow_logs turns flow logs on with the default settings.
resource "google_compute_subnetwork" "legacy_flag" {
  name             = "legacy-flag"
  network          = "default"
  region           = "europe-west1"
  ip_cidr_range    = "10.24.0.0/20"
  enable_flow_logs = true
}
