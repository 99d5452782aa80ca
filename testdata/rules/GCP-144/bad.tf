resource "google_redis_instance" "sessions" { # want GCP-144
  name                    = "sessions"
  memory_size_gb          = 1
  region                  = "europe-west1"
  authorized_network      = "projects/acme-net/global/networks/shared"
  transit_encryption_mode = "SERVER_AUTHENTICATION"
}

resource "google_redis_instance" "explicit" {
  name                    = "explicit"
  memory_size_gb          = 1
  auth_enabled            = false # want GCP-144
  transit_encryption_mode = "SERVER_AUTHENTICATION"
}

resource "google_redis_cluster" "cache" {
  name                    = "cache"
  region                  = "europe-west1"
  shard_count             = 3
  authorization_mode      = "AUTH_MODE_DISABLED" # want GCP-144
  transit_encryption_mode = "TRANSIT_ENCRYPTION_MODE_SERVER_AUTHENTICATION"
  psc_configs {
    network = "projects/acme-net/global/networks/shared"
  }
}

resource "google_redis_cluster" "default_mode" { # want GCP-144
  name                    = "default-mode"
  region                  = "europe-west1"
  shard_count             = 1
  transit_encryption_mode = "TRANSIT_ENCRYPTION_MODE_SERVER_AUTHENTICATION"
  psc_configs {
    network = "projects/acme-net/global/networks/shared"
  }
}
