variable "logging_service" {
  type = string
}

variable "monitoring_components" {
  type = list(string)
}

resource "google_container_cluster" "main" { # want GCP-136 # want GCP-002 GCP-159
  name               = "main"
  location           = "europe-west1"
  datapath_provider  = "ADVANCED_DATAPATH"
  logging_service    = "logging.googleapis.com/kubernetes"
  monitoring_service = "monitoring.googleapis.com/kubernetes"
  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = true
    master_ipv4_cidr_block  = "172.16.0.0/28"
  }
  initial_node_count = 1
}

# The defaults send logs and metrics.
resource "google_container_cluster" "default" { # want GCP-136 # want GCP-002 GCP-159
  name              = "default"
  location          = "europe-west1"
  datapath_provider = "ADVANCED_DATAPATH"
  logging_config {
    enable_components = ["SYSTEM_COMPONENTS", "WORKLOADS", "APISERVER"]
  }
  monitoring_config {
    enable_components = ["SYSTEM_COMPONENTS", "APISERVER"]
    managed_prometheus {
      enabled = true
    }
  }
  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = true
    master_ipv4_cidr_block  = "172.16.0.16/28"
  }
  initial_node_count = 1
}

resource "google_container_cluster" "unknown" { # want GCP-136 # want GCP-002 GCP-159
  name              = "unknown"
  location          = "europe-west1"
  datapath_provider = "ADVANCED_DATAPATH"
  logging_service   = var.logging_service # want-note GCP-112
  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = true
    master_ipv4_cidr_block  = "172.16.0.32/28"
  }
  initial_node_count = 1
}

# Components from a variable without a value: the answer depends on it.
resource "google_container_cluster" "chosen" { # want GCP-136 # want GCP-002 GCP-159
  name              = "chosen"
  location          = "europe-west1"
  datapath_provider = "ADVANCED_DATAPATH"
  monitoring_config {
    enable_components = var.monitoring_components # want-note GCP-112
  }
  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = true
    master_ipv4_cidr_block  = "172.16.0.48/28"
  }
  initial_node_count = 1
}
