resource "google_container_node_pool" "apps" {
  name    = "apps"
  cluster = google_container_cluster.main.id
  node_config {
    machine_type = "e2-standard-4"
    metadata = {
      disable-legacy-endpoints = "true"
    }
    workload_metadata_config {
      mode = "GKE_METADATA"
    }
  }
}
