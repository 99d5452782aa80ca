data "google_project" "project" {}

# Peered with the VPC network (private services access).
resource "google_vertex_ai_endpoint" "peered" {
  name         = "predict"
  display_name = "predict"
  location     = "europe-west1"
  region       = "europe-west1"
  network      = "projects/${data.google_project.project.number}/global/networks/ml"
}

# Served through Private Service Connect.
resource "google_vertex_ai_endpoint" "psc" {
  name         = "predict-psc"
  display_name = "predict-psc"
  location     = "europe-west1"
  region       = "europe-west1"

  private_service_connect_config {
    enable_private_service_connect = true
    project_allowlist              = ["acme-ml"]
  }
}

# An index endpoint is private by default.
resource "google_vertex_ai_index_endpoint" "private" {
  display_name = "search"
  region       = "europe-west1"
  network      = "projects/${data.google_project.project.number}/global/networks/ml"
}

resource "google_vertex_ai_index_endpoint" "psc" {
  display_name = "search-psc"
  region       = "europe-west1"

  private_service_connect_config {
    enable_private_service_connect = true
    project_allowlist              = ["acme-ml"]
  }
}
