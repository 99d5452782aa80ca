resource "google_container_cluster" "main" { # want GCP-002 GCP-159
  name                     = "main"
  location                 = "europe-west1"
  datapath_provider        = "ADVANCED_DATAPATH"
  remove_default_node_pool = true
  initial_node_count       = 1
  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = true
    master_ipv4_cidr_block  = "172.16.0.0/28"
  }
}

resource "google_container_node_pool" "apps" {
  name    = "apps"
  cluster = google_container_cluster.main.id
  node_config { # want GCP-136
    machine_type = "e2-standard-4"
    metadata = {
      disable-legacy-endpoints = "false" # want GCP-113
    }
    workload_metadata_config {
      mode = "GCE_METADATA" # want GCP-113
    }
  }
}
