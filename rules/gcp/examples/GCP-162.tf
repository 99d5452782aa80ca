resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "europe-west1"
  ingress  = "INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER" # reached only through the load balancer
  template {
    containers {
      image = "europe-docker.pkg.dev/acme/apps/api:1.4.2"
    }
  }
}

resource "google_compute_region_network_endpoint_group" "api" {
  name                  = "api"
  region                = "europe-west1"
  network_endpoint_type = "SERVERLESS"
  cloud_run {
    service = google_cloud_run_v2_service.api.name
  }
}

resource "google_compute_backend_service" "api" {
  name                  = "api"
  load_balancing_scheme = "EXTERNAL_MANAGED"
  security_policy       = google_compute_security_policy.edge.id
  log_config {
    enable = true
  }
  backend {
    group = google_compute_region_network_endpoint_group.api.id
  }
}

resource "google_app_engine_service_network_settings" "api" {
  service = "api"
  network_settings {
    ingress_traffic_allowed = "INGRESS_TRAFFIC_ALLOWED_INTERNAL_AND_LB"
  }
}
