resource "google_vertex_ai_endpoint" "predict" {
  name         = "predict"
  display_name = "predict"
  location     = "europe-west1"
  region       = "europe-west1"

  private_service_connect_config {
    enable_private_service_connect = true
    project_allowlist              = ["acme-ml"]
  }
}

resource "google_vertex_ai_index_endpoint" "search" {
  display_name = "search"
  region       = "europe-west1"
  network      = "projects/123456789/global/networks/ml"
}
