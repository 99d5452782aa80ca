# Other engines, the flags written one by one and an engine chosen by the caller:
# GCP-100/good.tf (every rule runs on every fixture).
variable "log_temp_files" {
  type    = string
  default = "0"
}

locals {
  logging = {
    log_connections    = "on"
    log_disconnections = "on"
    log_lock_waits     = "on"
    log_checkpoints    = "on"
    log_statement      = "ddl"
    log_temp_files     = var.log_temp_files
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
