# Required tags (.required-tags): owner environment. No provider block in
# this module, so no default_labels apply.

resource "google_pubsub_topic" "unlabelled" { # want GCP-050
  name = "unlabelled"
}

resource "google_pubsub_topic" "partial" {
  name   = "partial"
  labels = { Owner = "payments" } # want GCP-050
}

variable "team_labels" {
  type    = map(string)
  default = { owner = "payments" }
}

# The labels come through a variable that lacks environment.
resource "google_bigquery_dataset" "via_variable" {
  dataset_id = "orders"
  location   = "EU"
  labels     = var.team_labels # want GCP-050
}

# GKE clusters keep their labels in resource_labels.
resource "google_container_cluster" "cluster" { # want GCP-136 GCP-111 # want GCP-002 GCP-159
  name               = "apps"
  location           = "europe-west1"
  initial_node_count = 1
  resource_labels    = { environment = "production" } # want GCP-050
  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = true
    master_ipv4_cidr_block  = "172.16.0.16/28"
  }
}

# Cloud SQL keeps them in settings.user_labels.
resource "google_sql_database_instance" "db" { # want GCP-050 GCP-100 # want GCP-148 # want GCP-149 # want GCP-150 # want GCP-151 # want GCP-152
  name             = "orders"
  database_version = "POSTGRES_16"
  region           = "europe-west1"
  settings {
    tier = "db-f1-micro"
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme/global/networks/vpc"
    }
  }
}

# Not in the curated list, but it writes labels: the type is labelable.
resource "google_workflows_workflow" "orders" {
  name            = "orders"
  region          = "europe-west1"
  source_contents = "main:\n  steps: []\n"
  labels          = { owner = "payments" } # want GCP-050
}
