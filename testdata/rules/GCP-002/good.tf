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

# A purpose not known statically decides whether flow logs are possible.
resource "google_compute_subnetwork" "unknown" {
  name          = "unknown"
  network       = "default"
  region        = "europe-west1"
  ip_cidr_range = "10.23.0.0/20"
  purpose       = var.purpose # want-note GCP-002
}

# Logged whatever the purpose.
resource "google_compute_subnetwork" "unknown_logged" {
  name          = "unknown-logged"
  network       = "default"
  region        = "europe-west1"
  ip_cidr_range = "10.26.0.0/20"
  purpose       = var.purpose
  log_config {}
}

# A log_config from a variable: the module's default keeps half the flows,
# a caller's value is not known.
variable "flow_logs" {
  type = object({ sampling = number })
  default = {
    sampling = 0.5
  }
}

variable "sampling" {
  type = number
}

variable "log_configs" {
  type = list(object({ sampling = number }))
}

resource "google_compute_subnetwork" "module_default" {
  name          = "module-default"
  network       = "default"
  region        = "europe-west1"
  ip_cidr_range = "10.27.0.0/20"
  dynamic "log_config" {
    for_each = var.flow_logs == null ? [] : [var.flow_logs]
    content {
      flow_sampling = log_config.value.sampling
    }
  }
}

resource "google_compute_subnetwork" "caller_sampling" {
  name          = "caller-sampling"
  network       = "default"
  region        = "europe-west1"
  ip_cidr_range = "10.28.0.0/20"
  log_config {
    flow_sampling = var.sampling # want-note GCP-002
  }
}

resource "google_compute_subnetwork" "caller_configs" {
  name          = "caller-configs"
  network       = "default"
  region        = "europe-west1"
  ip_cidr_range = "10.29.0.0/20"
  dynamic "log_config" { # want-note GCP-002
    for_each = var.log_configs
    content {
      flow_sampling = log_config.value.sampling
    }
  }
}

# google provider 3.x: enable_flow_logs turns flow logs on with the default settings.
resource "google_compute_subnetwork" "legacy_flag" {
  name             = "legacy-flag"
  network          = "default"
  region           = "europe-west1"
  ip_cidr_range    = "10.24.0.0/20"
  enable_flow_logs = true
}
