resource "google_container_cluster" "main" {
  name     = "main"
  location = "europe-west1"
  workload_identity_config {
    workload_pool = "acme-prod.svc.id.goog"
  }
}
