# Preconfigured WAF rules deny attacks; the default rule allows the rest.
resource "google_compute_security_policy" "waf" {
  name = "waf"

  rule {
    action   = "deny(403)"
    priority = 1000
    match {
      expr {
        expression = "evaluatePreconfiguredWaf('sqli-v33-stable')"
      }
    }
  }

  rule {
    action   = "deny(403)"
    priority = 1001
    match {
      expr {
        expression = "evaluatePreconfiguredExpr('cve-canary')"
      }
    }
  }

  rule {
    action   = "allow"
    priority = 2147483647
    match {
      versioned_expr = "SRC_IPS_V1"
      config {
        src_ip_ranges = ["*"]
      }
    }
  }
}

# Rate limiting throttles every client.
resource "google_compute_security_policy" "throttle" {
  name = "throttle"

  rule {
    action   = "throttle"
    priority = 100
    match {
      versioned_expr = "SRC_IPS_V1"
      config {
        src_ip_ranges = ["*"]
      }
    }
    rate_limit_options {
      conform_action = "allow"
      exceed_action  = "deny(429)"
      enforce_on_key = "IP"
      rate_limit_threshold {
        count        = 100
        interval_sec = 60
      }
    }
  }
}

# Known sources allowed, the default rule denies.
resource "google_compute_security_policy" "allow_list" {
  name = "allow-list"

  rule {
    action   = "allow"
    priority = 100
    match {
      versioned_expr = "SRC_IPS_V1"
      config {
        src_ip_ranges = ["203.0.113.0/24"]
      }
    }
  }

  rule {
    action   = "deny(404)"
    priority = 2147483647
    match {
      versioned_expr = "SRC_IPS_V1"
      config {
        src_ip_ranges = ["*"]
      }
    }
  }
}

# Rules added by separate resources.
resource "google_compute_security_policy" "managed" {
  name = "managed"
}

resource "google_compute_security_policy_rule" "sqli" {
  security_policy = google_compute_security_policy.managed.name
  action          = "deny(403)"
  priority        = 1000
  match {
    expr {
      expression = "evaluatePreconfiguredWaf('sqli-v33-stable')"
    }
  }
}

# A network edge policy has no request rules of this kind.
resource "google_compute_region_security_policy" "edge" {
  name   = "edge"
  region = "europe-west1"
  type   = "CLOUD_ARMOR_NETWORK"
}
