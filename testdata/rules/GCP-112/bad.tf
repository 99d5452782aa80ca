resource "google_container_cluster" "main" { # want GCP-136 # want GCP-002 GCP-159
  name               = "main"
  location           = "europe-west1"
  datapath_provider  = "ADVANCED_DATAPATH"
  logging_service    = "none" # want GCP-112 "logs"
  monitoring_service = "none" # want GCP-112 "metrics"
  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = true
    master_ipv4_cidr_block  = "172.16.0.0/28"
  }
  initial_node_count = 1
}

# logging_config and monitoring_config with no components turn logging and
# monitoring off, as "none" does.
variable "log_components" {
  type    = list(string)
  default = []
}

resource "google_container_cluster" "quiet" { # want GCP-136 # want GCP-002 GCP-159
  name              = "quiet"
  location          = "europe-west1"
  datapath_provider = "ADVANCED_DATAPATH"
  logging_config {
    enable_components = var.log_components # want GCP-112 "logs"
  }
  monitoring_config {
    enable_components = [] # want GCP-112 "metrics"
    managed_prometheus {
      enabled = false
    }
  }
  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = true
    master_ipv4_cidr_block  = "172.16.0.16/28"
  }
  initial_node_count = 1
}

# The legacy services, no longer available as of GKE 1.15.
resource "google_container_cluster" "legacy" { # want GCP-136 # want GCP-002 GCP-159
  name               = "legacy"
  location           = "europe-west1"
  datapath_provider  = "ADVANCED_DATAPATH"
  logging_service    = "logging.googleapis.com"    # want GCP-112 "logs"
  monitoring_service = "monitoring.googleapis.com" # want GCP-112 "metrics"
  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = true
    master_ipv4_cidr_block  = "172.16.0.48/28"
  }
  initial_node_count = 1
}
