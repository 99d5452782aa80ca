resource "google_redis_instance" "cache" {
  name                    = "cache"
  tier                    = "STANDARD_HA"
  memory_size_gb          = 4
  region                  = "europe-west1"
  authorized_network      = google_compute_network.vpc.id
  connect_mode            = "PRIVATE_SERVICE_ACCESS"
  auth_enabled            = true
  transit_encryption_mode = "SERVER_AUTHENTICATION"
}
