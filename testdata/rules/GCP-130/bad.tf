# Transit encryption left at its default (DISABLED).
resource "google_redis_instance" "sessions" { # want GCP-130 "transit_encryption_mode is not set"
  name               = "sessions"
  tier               = "STANDARD_HA"
  memory_size_gb     = 1
  region             = "europe-west1"
  authorized_network = "projects/acme-net/global/networks/shared"
  auth_enabled       = true
}

resource "google_redis_instance" "queue" { # want GCP-144
  name                    = "queue"
  memory_size_gb          = 1
  transit_encryption_mode = "DISABLED" # want GCP-130
}

resource "google_redis_cluster" "cache" { # want GCP-130 GCP-144
  name        = "cache"
  region      = "europe-west1"
  shard_count = 3
  psc_configs {
    network = "projects/acme-net/global/networks/shared"
  }
}

resource "google_memorystore_instance" "valkey" {
  instance_id             = "valkey"
  location                = "europe-west1"
  shard_count             = 1
  transit_encryption_mode = "TRANSIT_ENCRYPTION_DISABLED" # want GCP-130
  desired_psc_auto_connections {
    network    = "projects/acme-net/global/networks/shared"
    project_id = "acme-app"
  }
}
