locals {
  admin_ranges = ["10.20.0.0/16", "0.0.0.0/0"]
}

# Public endpoint, no authorized networks: open to the internet.
resource "google_container_cluster" "default_access" { # want GCP-136 GCP-037 GCP-110 GCP-111 # want GCP-002 GCP-159
  name               = "default-access"
  location           = "europe-west1"
  initial_node_count = 1
}

# Private nodes do not make the endpoint private.
resource "google_container_cluster" "private_nodes" { # want GCP-136 GCP-037 GCP-111 # want GCP-002 GCP-159
  name               = "private-nodes"
  location           = "europe-west1"
  initial_node_count = 1
  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = false
    master_ipv4_cidr_block  = "172.16.0.0/28"
  }
}

# An authorized network of 0.0.0.0/0, through a local.
resource "google_container_cluster" "everyone" { # want GCP-136 GCP-110 GCP-111 # want GCP-002 GCP-159
  name               = "everyone"
  location           = "europe-west1"
  initial_node_count = 1
  master_authorized_networks_config {
    dynamic "cidr_blocks" {
      for_each = local.admin_ranges
      content {
        cidr_block = cidr_blocks.value # want GCP-037
      }
    }
  }
}
