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
