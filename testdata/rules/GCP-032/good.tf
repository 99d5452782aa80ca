variable "rotating_key_state" {
  type = string
}

# A service account without a key: workloads use it as an attached account.
resource "google_service_account" "app" {
  account_id   = "app"
  display_name = "App"
}

resource "google_storage_hmac_key" "retired" {
  service_account_email = "retired@acme-prod.iam.gserviceaccount.com"
  state                 = "INACTIVE"
}

# The state is not known statically.
resource "google_storage_hmac_key" "rotating" {
  service_account_email = "rotating@acme-prod.iam.gserviceaccount.com"
  state                 = var.rotating_key_state
}

resource "google_apikeys_key" "maps" {
  name         = "maps"
  display_name = "Maps key"
  project      = "acme-web"

  restrictions {
    api_targets {
      service = "maps-backend.googleapis.com"
    }

    browser_key_restrictions {
      allowed_referrers = ["https://www.example.com/*"]
    }
  }
}

variable "feed_source_ranges" {
  type    = list(string)
  default = ["198.51.100.0/24"]
}

resource "google_apikeys_key" "feed" {
  name         = "chronicle-feed"
  display_name = "Feed ingestion key"
  project      = "acme-secops"

  restrictions {
    api_targets {
      service = "chronicle.googleapis.com"
    }
    server_key_restrictions {
      allowed_ips = var.feed_source_ranges
    }
  }
}

resource "google_apikeys_key" "mobile" {
  name    = "mobile-app"
  project = "acme-web"

  restrictions {
    api_targets {
      service = "firebaseinstallations.googleapis.com"
    }
    android_key_restrictions {
      allowed_applications {
        package_name     = "com.acme.app"
        sha1_fingerprint = "1699466a142d4682a5f91b50fdf400f2358e2b0b"
      }
    }
  }
}
