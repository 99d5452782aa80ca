resource "google_container_cluster" "main" {
  name     = "main"
  location = "europe-west1"
  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = true
    master_ipv4_cidr_block  = "172.16.0.0/28"
  }
  master_authorized_networks_config {
    cidr_blocks {
      cidr_block   = "10.20.0.0/16"
      display_name = "corp-vpn"
    }
  }
  # ...
}
