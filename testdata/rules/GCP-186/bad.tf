# No network and no Private Service Connect: a public endpoint.
resource "google_vertex_ai_endpoint" "public" { # want GCP-186 "public endpoint"
  name         = "predict"
  display_name = "predict"
  location     = "europe-west1"
  region       = "europe-west1"
}

# Private Service Connect written but turned off.
resource "google_vertex_ai_endpoint" "psc_off" { # want GCP-186
  name         = "predict-psc"
  display_name = "predict-psc"
  location     = "europe-west1"
  region       = "europe-west1"

  private_service_connect_config {
    enable_private_service_connect = false
  }
}

resource "google_vertex_ai_index_endpoint" "public" {
  display_name            = "search"
  region                  = "europe-west1"
  public_endpoint_enabled = true # want GCP-186 "deployed indexes"
}
