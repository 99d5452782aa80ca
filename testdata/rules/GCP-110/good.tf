variable "private_nodes" {
  type = bool
}

resource "google_container_cluster" "main" { # want GCP-136 # want GCP-002 GCP-159
  name              = "main"
  location          = "europe-west1"
  datapath_provider = "ADVANCED_DATAPATH"
  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = true
    master_ipv4_cidr_block  = "172.16.0.0/28"
  }
  initial_node_count = 1
}

resource "google_container_cluster" "unknown" { # want GCP-136 # want GCP-002 GCP-159
  name              = "other"
  location          = "europe-west1"
  datapath_provider = "ADVANCED_DATAPATH"
  private_cluster_config {
    enable_private_nodes    = var.private_nodes # want-note GCP-110
    enable_private_endpoint = true
    master_ipv4_cidr_block  = "172.16.0.16/28"
  }
  initial_node_count = 1
}
