variable "secrets_key" {
  type    = string
  default = "projects/acme-kms/locations/europe-west1/keyRings/gke/cryptoKeys/secrets"
}

variable "encryption_state" {
  type = string
}

resource "google_container_cluster" "main" { # want GCP-136 # want GCP-002 GCP-159
  name              = "main"
  location          = "europe-west1"
  datapath_provider = "ADVANCED_DATAPATH"
  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = true
    master_ipv4_cidr_block  = "172.16.0.0/28"
  }
  initial_node_count = 1

  database_encryption {
    state    = "ENCRYPTED"
    key_name = var.secrets_key
  }
}

# The block written through a dynamic block, as shared modules do.
locals {
  encryption = [{ state = "ENCRYPTED", key_name = var.secrets_key }]
}

resource "google_container_cluster" "modular" { # want GCP-136
  name             = "modular"
  location         = "europe-west1"
  enable_autopilot = true
  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = true
    master_ipv4_cidr_block  = "172.16.0.16/28"
  }
  dynamic "database_encryption" {
    for_each = local.encryption
    content {
      state    = database_encryption.value.state
      key_name = database_encryption.value.key_name
    }
  }
}

resource "google_container_cluster" "configurable" { # want GCP-136 # want GCP-002 GCP-159
  name              = "configurable"
  location          = "europe-west1"
  datapath_provider = "ADVANCED_DATAPATH"
  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = true
    master_ipv4_cidr_block  = "172.16.0.32/28"
  }
  initial_node_count = 1
  database_encryption {
    state    = var.encryption_state # want-note GCP-131
    key_name = var.secrets_key
  }
}
