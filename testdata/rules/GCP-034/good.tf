variable "armor_policy" {
  type = string
}

variable "edge_scheme" {
  type = string
}

resource "google_compute_security_policy" "waf" {
  name = "app-waf"

  rule {
    action   = "deny(403)"
    priority = 1000
    match {
      expr {
        expression = "evaluatePreconfiguredWaf('sqli-v33-stable')"
      }
    }
  }
}

resource "google_compute_backend_service" "app" { # want GCP-115
  name                  = "app"
  load_balancing_scheme = "EXTERNAL_MANAGED"
  security_policy       = google_compute_security_policy.waf.id
}

resource "google_compute_backend_service" "cdn" { # want GCP-115
  name                 = "cdn"
  enable_cdn           = true
  edge_security_policy = "projects/acme-prod/global/securityPolicies/edge"
}

# Behind Identity-Aware Proxy, only authenticated users reach the app.
resource "google_compute_backend_service" "admin" { # want GCP-115
  name = "admin"
  iap {
    enabled              = true
    oauth2_client_id     = "client-id"
    oauth2_client_secret = "client-secret"
  }
}

# Internal load balancers, and TCP proxy backends, are not public web apps.
resource "google_compute_backend_service" "mesh" {
  name                  = "mesh"
  load_balancing_scheme = "INTERNAL_SELF_MANAGED"
}

resource "google_compute_backend_service" "tcp" {
  name     = "tcp"
  protocol = "TCP"
}

# A regional backend service is INTERNAL by default.
resource "google_compute_region_backend_service" "ilb" {
  name   = "ilb"
  region = "europe-west1"
}

# Values not known statically.
resource "google_compute_backend_service" "shared" { # want GCP-115
  name            = "shared"
  security_policy = var.armor_policy
}

resource "google_compute_backend_service" "edge" {
  name                  = "edge"
  load_balancing_scheme = var.edge_scheme # want-note GCP-115 GCP-034
}
