# Other engines, the flags written one by one and an engine chosen by the caller:
# GCP-100/good.tf (every rule runs on every fixture).
variable "log_checkpoints" {
  type    = string
  default = "on"
}

locals {
  logging = {
    log_connections    = "on"
    log_disconnections = "on"
    log_lock_waits     = "on"
    log_temp_files     = "0"
    log_statement      = "ddl"
    log_checkpoints    = var.log_checkpoints
  }
}

# Flags from a map, as modules build them.
resource "google_sql_database_instance" "app" {
  name             = "app"
  database_version = "POSTGRES_16"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme-net/global/networks/shared"
    }
    dynamic "database_flags" {
      for_each = local.logging
      content {
        name  = database_flags.key
        value = database_flags.value
      }
    }
  }
}
