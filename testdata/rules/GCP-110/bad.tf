resource "google_container_cluster" "public_nodes" { # want GCP-136 GCP-110 # want GCP-002 GCP-159
  name              = "main"
  location          = "europe-west1"
  datapath_provider = "ADVANCED_DATAPATH"
  master_authorized_networks_config {
    cidr_blocks {
      cidr_block   = "10.20.0.0/16"
      display_name = "vpn"
    }
  }
  initial_node_count = 1
}

resource "google_container_cluster" "explicit" { # want GCP-136 # want GCP-002 GCP-159
  name              = "other"
  location          = "europe-west1"
  datapath_provider = "ADVANCED_DATAPATH"
  private_cluster_config {
    enable_private_nodes    = false # want GCP-110
    enable_private_endpoint = false
  }
  master_authorized_networks_config {
    cidr_blocks {
      cidr_block   = "10.20.0.0/16"
      display_name = "vpn"
    }
  }
  initial_node_count = 1
}
