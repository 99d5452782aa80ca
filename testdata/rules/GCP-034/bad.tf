variable "lb_scheme" {
  type    = string
  default = "EXTERNAL_MANAGED"
}

# load_balancing_scheme defaults to EXTERNAL for a global backend service.
resource "google_compute_backend_service" "web" { # want GCP-034 GCP-115
  name     = "web"
  protocol = "HTTPS"
  backend {
    group = "projects/acme-prod/zones/europe-west1-b/instanceGroups/web"
  }
}

# The scheme through a variable; protocol defaults to HTTP.
resource "google_compute_backend_service" "api" { # want GCP-034 GCP-115
  name                  = "api"
  load_balancing_scheme = var.lb_scheme
}

resource "google_compute_region_backend_service" "regional" { # want GCP-034 GCP-115
  name                  = "regional"
  region                = "europe-west1"
  load_balancing_scheme = "EXTERNAL_MANAGED"
  protocol              = "HTTP"
}
