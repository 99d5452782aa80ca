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

# A sampling rate of 0 keeps no flows: the log_config is there, the logs
# are empty.
variable "subnets" {
  type = map(object({ cidr = string, sampling = number }))
  default = {
    web = { cidr = "10.30.0.0/20", sampling = 0.5 }
    db  = { cidr = "10.31.0.0/20", sampling = 0.0 }
  }
}

resource "google_compute_subnetwork" "sampled" {
  for_each      = { for k, v in var.subnets : k => v if v.sampling == 0 }
  name          = each.key
  network       = "default"
  region        = "europe-west1"
  ip_cidr_range = each.value.cidr
  log_config {
    aggregation_interval = "INTERVAL_10_MIN"
    flow_sampling        = each.value.sampling # want GCP-002 "samples no flows"
  }
}

resource "google_compute_subnetwork" "zero" {
  name          = "zero"
  network       = "default"
  region        = "europe-west1"
  ip_cidr_range = "10.32.0.0/20"
  log_config {
    flow_sampling = 0 # want GCP-002 "samples no flows"
  }
}
