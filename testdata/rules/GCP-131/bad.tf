# No database_encryption block: secrets are stored DECRYPTED at the
# application layer.
resource "google_container_cluster" "main" { # want GCP-136 GCP-131 "database_encryption.state is not set" # want GCP-002 GCP-159
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

resource "google_container_cluster" "autopilot" { # want GCP-136
  name             = "autopilot"
  location         = "europe-west1"
  enable_autopilot = true
  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = true
    master_ipv4_cidr_block  = "172.16.0.16/28"
  }
  database_encryption {
    state    = "DECRYPTED" # want GCP-131
    key_name = ""
  }
}
