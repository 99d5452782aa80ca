variable "observability" {
  description = "Whether the instances report to Cloud Logging and Monitoring."
  type        = bool
  default     = true
}

locals {
  teams = toset(["finance", "growth"])
}

resource "google_data_fusion_instance" "team" {
  for_each = local.teams

  name                          = "pipelines-${each.key}"
  region                        = "europe-west1"
  type                          = "ENTERPRISE"
  private_instance              = true
  enable_stackdriver_logging    = var.observability
  enable_stackdriver_monitoring = var.observability

  network_config {
    network       = "data"
    ip_allocation = "10.89.48.0/22"
  }
}
