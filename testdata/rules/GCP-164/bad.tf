variable "pipelines" {
  description = "Data Fusion instances per team, with their edition and whether they report to Cloud Monitoring."
  type = map(object({
    type    = string
    metrics = bool
  }))
  default = {
    finance = { type = "ENTERPRISE", metrics = true }
    growth  = { type = "BASIC", metrics = false }
  }
}

# Metrics follow the variable, logs are never turned on: each instance
# keeps its pipeline logs to itself.
resource "google_data_fusion_instance" "team" { # want GCP-164 "enable_stackdriver_logging"
  for_each = var.pipelines

  name                          = "pipelines-${each.key}"
  region                        = "europe-west1"
  type                          = each.value.type
  private_instance              = true
  enable_stackdriver_monitoring = each.value.metrics

  network_config {
    network       = "data"
    ip_allocation = "10.89.48.0/22"
  }
}

# Logs are on, metrics turned off.
resource "google_data_fusion_instance" "adhoc" {
  name                          = "adhoc"
  region                        = "europe-west1"
  type                          = "DEVELOPER"
  private_instance              = true
  enable_stackdriver_logging    = true
  enable_stackdriver_monitoring = false # want GCP-164 "enable_stackdriver_monitoring = false"

  network_config {
    network       = "data"
    ip_allocation = "10.89.52.0/22"
  }
}

variable "observability" {
  description = "Whether the instances report to Cloud Logging and Monitoring; left to the caller."
  type        = bool
}

resource "google_data_fusion_instance" "caller" {
  name                          = "caller"
  region                        = "europe-west1"
  type                          = "BASIC"
  private_instance              = true
  enable_stackdriver_logging    = var.observability # want-note GCP-164
  enable_stackdriver_monitoring = true

  network_config {
    network       = "data"
    ip_allocation = "10.89.56.0/22"
  }
}
