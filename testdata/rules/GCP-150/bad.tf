locals {
  # Every logging flag but log_lock_waits.
  other_logging = {
    log_connections    = "on"
    log_disconnections = "on"
    log_checkpoints    = "on"
    log_temp_files     = "0"
    log_statement      = "ddl"
  }
}

# Off by default.
resource "google_sql_database_instance" "unset" { # want GCP-150 "log_lock_waits is not set"
  name             = "unset"
  database_version = "POSTGRES_16"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme-net/global/networks/shared"
    }
    dynamic "database_flags" {
      for_each = local.other_logging
      content {
        name  = database_flags.key
        value = database_flags.value
      }
    }
  }
}

resource "google_sql_database_instance" "turned_off" {
  name             = "turned-off"
  database_version = "POSTGRES_15"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme-net/global/networks/shared"
    }
    dynamic "database_flags" {
      for_each = local.other_logging
      content {
        name  = database_flags.key
        value = database_flags.value
      }
    }
    database_flags {
      name  = "log_lock_waits"
      value = "off" # want GCP-150 "log_lock_waits = \"off\""
    }
  }
}
