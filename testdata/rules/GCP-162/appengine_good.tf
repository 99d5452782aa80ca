resource "google_app_engine_standard_app_version" "api" {
  version_id = "v3"
  service    = "api"
  runtime    = "go122"

  entrypoint {
    shell = "./api"
  }
  deployment {
    zip {
      source_url = "https://storage.googleapis.com/acme-gae/api-v3.zip"
    }
  }
}

# Reached only through the external load balancer (and its Cloud Armor policy).
resource "google_app_engine_service_network_settings" "api" {
  service = google_app_engine_standard_app_version.api.service
  network_settings {
    ingress_traffic_allowed = "INGRESS_TRAFFIC_ALLOWED_INTERNAL_AND_LB"
  }
}

resource "google_app_engine_service_network_settings" "admin" {
  service = "admin"
  network_settings {
    ingress_traffic_allowed = "INGRESS_TRAFFIC_ALLOWED_INTERNAL_ONLY"
  }
}
