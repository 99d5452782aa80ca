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
