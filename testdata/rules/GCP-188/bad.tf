# No rule block: Cloud Armor adds a default rule that allows everything.
resource "google_compute_security_policy" "empty" { # want GCP-188 "Cloud Armor's default rule"
  name = "empty"
}

# Only the default rule, which allows.
resource "google_compute_security_policy" "default_only" {
  name = "default-only"

  rule {
    action   = "allow" # want GCP-188 "default rule allows"
    priority = "2147483647"
    match {
      versioned_expr = "SRC_IPS_V1"
      config {
        src_ip_ranges = ["*"]
      }
    }
    description = "default rule"
  }
}

# The WAF rule runs in preview only: it logs and blocks nothing.
resource "google_compute_security_policy" "preview" {
  name = "preview"

  rule {
    action   = "deny(403)"
    priority = 1000
    preview  = true
    match {
      expr {
        expression = "evaluatePreconfiguredWaf('sqli-v33-stable')"
      }
    }
  }

  rule {
    action   = "allow" # want GCP-188
    priority = 2147483647
    match {
      versioned_expr = "SRC_IPS_V1"
      config {
        src_ip_ranges = ["*"]
      }
    }
  }
}

# Allow rules over an allowing default: nothing is ever blocked.
resource "google_compute_region_security_policy" "allow_all" { # want GCP-188
  name   = "allow-all"
  region = "europe-west1"
  type   = "CLOUD_ARMOR"

  rule {
    action   = "allow"
    priority = 100
    match {
      versioned_expr = "SRC_IPS_V1"
      config {
        src_ip_ranges = ["10.0.0.0/8"]
      }
    }
  }
}
