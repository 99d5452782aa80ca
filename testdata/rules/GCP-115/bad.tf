resource "google_compute_security_policy" "web" {
  name = "web"

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

# EXTERNAL is the default scheme; logging is off by default.
resource "google_compute_backend_service" "web" { # want GCP-115
  name            = "web"
  protocol        = "HTTPS"
  security_policy = google_compute_security_policy.web.id
}

resource "google_compute_backend_service" "api" {
  name                  = "api"
  load_balancing_scheme = "EXTERNAL_MANAGED"
  protocol              = "HTTPS"
  security_policy       = google_compute_security_policy.web.id
  log_config {
    enable = false # want GCP-115
  }
}
