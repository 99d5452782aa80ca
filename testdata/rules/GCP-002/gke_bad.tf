resource "google_container_cluster" "apps" { # want GCP-002 "intranode visibility"
  name                     = "apps"
  location                 = "europe-west1"
  remove_default_node_pool = true
  initial_node_count       = 1
  datapath_provider        = "ADVANCED_DATAPATH"

  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = true
    master_ipv4_cidr_block  = "172.16.0.0/28"
  }
  workload_identity_config {
    workload_pool = "acme.svc.id.goog"
  }
}

resource "google_container_cluster" "batch" {
  name                        = "batch"
  location                    = "europe-west1"
  remove_default_node_pool    = true
  initial_node_count          = 1
  datapath_provider           = "ADVANCED_DATAPATH"
  enable_intranode_visibility = false # want GCP-002

  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = true
    master_ipv4_cidr_block  = "172.16.0.16/28"
  }
  workload_identity_config {
    workload_pool = "acme.svc.id.goog"
  }
}
