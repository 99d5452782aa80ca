variable "legacy_abac" {
  type = bool
}

resource "google_container_cluster" "rbac" { # want GCP-136 GCP-110 GCP-111 # want GCP-002 GCP-159
  name               = "rbac"
  location           = "europe-west1"
  initial_node_count = 1
  enable_legacy_abac = false
  master_authorized_networks_config {}
  master_auth {
    username = ""
    password = ""
    client_certificate_config {
      issue_client_certificate = false
    }
  }
}

# Defaults: no ABAC, no client certificate.
resource "google_container_cluster" "defaults" { # want GCP-136 GCP-110 GCP-111 # want GCP-002 GCP-159
  name               = "defaults"
  location           = "europe-west1"
  initial_node_count = 1
  master_authorized_networks_config {}
}

# Not known statically.
resource "google_container_cluster" "configurable" { # want GCP-136 GCP-110 GCP-111 # want GCP-002 GCP-159
  name               = "configurable"
  location           = "europe-west1"
  initial_node_count = 1
  enable_legacy_abac = var.legacy_abac
  master_authorized_networks_config {}
}
