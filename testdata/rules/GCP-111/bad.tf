resource "google_container_cluster" "main" { # want GCP-136 GCP-111 # want GCP-002 GCP-159
  name     = "main"
  location = "europe-west1"
  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = true
    master_ipv4_cidr_block  = "172.16.0.0/28"
  }
  initial_node_count = 1
}

resource "google_container_cluster" "off" { # want GCP-136 # want GCP-002 GCP-159
  name     = "other"
  location = "europe-west1"
  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = true
    master_ipv4_cidr_block  = "172.16.0.16/28"
  }
  network_policy {
    enabled = false # want GCP-111
  }
  initial_node_count = 1
}
