variable "legacy_endpoints_off" {
  type = string
}

resource "google_container_cluster" "main" {
  name                        = "main"
  location                    = "europe-west1"
  datapath_provider           = "ADVANCED_DATAPATH"
  enable_intranode_visibility = true
  remove_default_node_pool    = true
  initial_node_count          = 1
  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = true
    master_ipv4_cidr_block  = "172.16.0.0/28"
  }
  workload_identity_config {
    workload_pool = "acme.svc.id.goog"
  }
}

resource "google_container_node_pool" "apps" {
  name    = "apps"
  cluster = google_container_cluster.main.id
  node_config { # want GCP-136
    machine_type = "e2-standard-4"
    metadata = {
      disable-legacy-endpoints = "true"
    }
    workload_metadata_config {
      mode = "GKE_METADATA"
    }
  }
}

resource "google_container_node_pool" "batch" {
  name    = "batch"
  cluster = google_container_cluster.main.id
  node_config { # want GCP-136
    machine_type = "e2-standard-4"
    metadata = {
      disable-legacy-endpoints = var.legacy_endpoints_off # want-note GCP-113
    }
  }
}
