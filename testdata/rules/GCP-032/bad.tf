variable "hmac_state" {
  type    = string
  default = "ACTIVE"
}

variable "partner_public_key" {
  type    = string
  default = "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg=="
}

resource "google_service_account" "ci" {
  account_id   = "ci-deployer"
  display_name = "CI deployer"
}

resource "google_service_account_key" "ci" { # want GCP-032
  service_account_id = google_service_account.ci.name
}

resource "google_service_account_key" "partner" { # want GCP-032
  service_account_id = google_service_account.ci.name
  public_key_data    = var.partner_public_key
}

resource "google_storage_hmac_key" "legacy_s3_client" { # want GCP-032
  service_account_email = "legacy-client@acme-prod.iam.gserviceaccount.com"
}

# ACTIVE through a variable.
resource "google_storage_hmac_key" "backup_tool" { # want GCP-032
  service_account_email = "backup@acme-prod.iam.gserviceaccount.com"
  state                 = var.hmac_state
}

resource "google_apikeys_key" "maps" { # want GCP-032 "API key"
  name         = "maps"
  display_name = "Maps key"
  project      = "acme-web"
}

resource "google_apikeys_key" "browser_only" { # want GCP-032
  name    = "browser"
  project = "acme-web"

  restrictions {
    browser_key_restrictions {
      allowed_referrers = ["https://www.example.com/*"]
    }
  }
}

# Limited to one API but usable from anywhere: whoever copies the key string
# can push to the feed.
resource "google_apikeys_key" "feed" {
  name         = "chronicle-feed"
  display_name = "Feed ingestion key"
  project      = "acme-secops"

  restrictions { # want GCP-032 "any website, IP address or app"
    api_targets {
      service = "chronicle.googleapis.com"
    }
  }
}
