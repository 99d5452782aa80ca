variable "caches" {
  type = map(number)
  default = {
    sessions = 1
    catalog  = 4
  }
}

variable "auth" {
  type = bool
}

resource "google_redis_instance" "cache" {
  for_each                = var.caches
  name                    = each.key
  tier                    = "STANDARD_HA"
  memory_size_gb          = each.value
  region                  = "europe-west1"
  authorized_network      = "projects/acme-net/global/networks/shared"
  connect_mode            = "PRIVATE_SERVICE_ACCESS"
  auth_enabled            = true
  transit_encryption_mode = "SERVER_AUTHENTICATION"
}

resource "google_secret_manager_secret" "redis_auth" {
  secret_id = "redis-auth"
  replication {
    auto {}
  }
}

resource "google_secret_manager_secret_version" "redis_auth" {
  secret      = google_secret_manager_secret.redis_auth.id
  secret_data = google_redis_instance.cache["sessions"].auth_string
}

resource "google_redis_cluster" "cache" {
  name                    = "cache"
  region                  = "europe-west1"
  shard_count             = 3
  authorization_mode      = "AUTH_MODE_IAM_AUTH"
  transit_encryption_mode = "TRANSIT_ENCRYPTION_MODE_SERVER_AUTHENTICATION"
  psc_configs {
    network = "projects/acme-net/global/networks/shared"
  }
}

resource "google_redis_instance" "configurable" {
  name                    = "configurable"
  memory_size_gb          = 1
  auth_enabled            = var.auth # want-note GCP-144
  transit_encryption_mode = "SERVER_AUTHENTICATION"
}
