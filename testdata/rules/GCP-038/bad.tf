variable "issue_cert" {
  type    = bool
  default = true
}

resource "google_container_cluster" "abac" { # want GCP-136 GCP-110 GCP-111 # want GCP-002 GCP-159
  name               = "abac"
  location           = "europe-west1"
  initial_node_count = 1
  enable_legacy_abac = true # want GCP-038
  master_authorized_networks_config {}
}

# Client certificate issuance through a variable.
resource "google_container_cluster" "certs" { # want GCP-136 GCP-110 GCP-111 # want GCP-002 GCP-159
  name               = "certs"
  location           = "europe-west1"
  initial_node_count = 1
  master_authorized_networks_config {}
  master_auth {
    client_certificate_config {
      issue_client_certificate = var.issue_cert # want GCP-038
    }
  }
}

# Basic authentication (provider versions before 4.0).
resource "google_container_cluster" "basic_auth" { # want GCP-136 GCP-110 GCP-111 # want GCP-002 GCP-159
  name               = "basic-auth"
  location           = "europe-west1"
  initial_node_count = 1
  master_authorized_networks_config {}
  master_auth {
    username = "admin" # want GCP-038
    password = "correct-horse-battery-staple"
  }
}
