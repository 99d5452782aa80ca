variable "private_endpoint" {
  type = bool
}

variable "admin_cidr" {
  type = string
}

resource "google_container_cluster" "private_endpoint" { # want GCP-136 GCP-111 # want GCP-002 GCP-159
  name               = "private-endpoint"
  location           = "europe-west1"
  initial_node_count = 1
  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = true
    master_ipv4_cidr_block  = "172.16.0.16/28"
  }
}

resource "google_container_cluster" "vpn_only" { # want GCP-136 GCP-110 GCP-111 # want GCP-002 GCP-159
  name               = "vpn-only"
  location           = "europe-west1"
  initial_node_count = 1
  master_authorized_networks_config {
    cidr_blocks {
      cidr_block   = "10.20.0.0/16"
      display_name = "corp-vpn"
    }
  }
}

# Without cidr_blocks, only internal addresses may reach the endpoint.
resource "google_container_cluster" "internal_only" { # want GCP-136 GCP-110 GCP-111 # want GCP-002 GCP-159
  name               = "internal-only"
  location           = "europe-west1"
  initial_node_count = 1
  master_authorized_networks_config {}
}

# No IP endpoint at all: only the DNS-based endpoint, with IAM.
resource "google_container_cluster" "dns_only" { # want GCP-136 GCP-110 GCP-111 # want GCP-002 GCP-159
  name               = "dns-only"
  location           = "europe-west1"
  initial_node_count = 1
  control_plane_endpoints_config {
    dns_endpoint_config {
      allow_external_traffic = true
    }
    ip_endpoints_config {
      enabled = false
    }
  }
}

# Values not known statically.
resource "google_container_cluster" "configurable" { # want GCP-136 GCP-111 # want GCP-002 GCP-159
  name               = "configurable"
  location           = "europe-west1"
  initial_node_count = 1
  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = var.private_endpoint # want-note GCP-037
    master_ipv4_cidr_block  = "172.16.0.32/28"
  }
}

resource "google_container_cluster" "admin_range" { # want GCP-136 GCP-110 GCP-111 # want GCP-002 GCP-159
  name               = "admin-range"
  location           = "europe-west1"
  initial_node_count = 1
  master_authorized_networks_config {
    cidr_blocks {
      cidr_block = var.admin_cidr
    }
  }
}
