variable "caches" {
  type = map(object({ memory_gb = number }))
  default = {
    sessions = { memory_gb = 1 }
    catalog  = { memory_gb = 4 }
  }
}

variable "transit_mode" {
  type = string
}

resource "google_redis_instance" "cache" {
  for_each                = var.caches
  name                    = each.key
  tier                    = "STANDARD_HA"
  memory_size_gb          = each.value.memory_gb
  region                  = "europe-west1"
  authorized_network      = "projects/acme-net/global/networks/shared"
  connect_mode            = "PRIVATE_SERVICE_ACCESS"
  auth_enabled            = true
  transit_encryption_mode = "SERVER_AUTHENTICATION"
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

# The mode comes from a variable without a value.
resource "google_redis_instance" "configurable" {
  name                    = "configurable"
  memory_size_gb          = 1
  auth_enabled            = true
  transit_encryption_mode = var.transit_mode # want-note GCP-130
}

# Valkey instances are judged only on an explicit opt-out.
resource "google_memorystore_instance" "valkey" {
  instance_id = "valkey"
  location    = "europe-west1"
  shard_count = 1
  desired_psc_auto_connections {
    network    = "projects/acme-net/global/networks/shared"
    project_id = "acme-app"
  }
}
