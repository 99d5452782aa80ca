resource "google_container_cluster" "apps" { # want GCP-159 "Workload Identity is not enabled"
  name                        = "apps"
  location                    = "europe-west1"
  remove_default_node_pool    = true
  initial_node_count          = 1
  datapath_provider           = "ADVANCED_DATAPATH"
  enable_intranode_visibility = true

  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = true
    master_ipv4_cidr_block  = "172.16.0.0/28"
  }
}
