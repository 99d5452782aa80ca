resource "google_container_cluster" "calico" { # want GCP-136 # want GCP-002 GCP-159
  name     = "calico"
  location = "europe-west1"
  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = true
    master_ipv4_cidr_block  = "172.16.0.0/28"
  }
  network_policy {
    enabled  = true
    provider = "CALICO"
  }
  addons_config {
    network_policy_config {
      disabled = false
    }
  }
  initial_node_count = 1
}

resource "google_container_cluster" "dpv2" { # want GCP-136 # want GCP-002 GCP-159
  name              = "dpv2"
  location          = "europe-west1"
  datapath_provider = "ADVANCED_DATAPATH"
  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = true
    master_ipv4_cidr_block  = "172.16.0.16/28"
  }
  initial_node_count = 1
}

resource "google_container_cluster" "autopilot" { # want GCP-136
  name             = "autopilot"
  location         = "europe-west1"
  enable_autopilot = true
  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = true
    master_ipv4_cidr_block  = "172.16.0.32/28"
  }
}
