resource "google_sql_database_instance" "app" { # want GCP-100 # want GCP-148
  name             = "app"
  database_version = "POSTGRES_16"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme-net/global/networks/shared"
    }
    database_flags {
      name  = "log_connections"
      value = "on"
    }
    database_flags {
      name  = "log_disconnections"
      value = "on"
    }
    database_flags {
      name  = "log_lock_waits"
      value = "on"
    }
    database_flags {
      name  = "log_checkpoints"
      value = "on"
    }
    database_flags {
      name  = "log_min_messages"
      value = "error" # want GCP-134 "warnings are not logged"
    }
    database_flags {
      name  = "log_error_verbosity"
      value = "TERSE" # want GCP-134 "error details"
    }
    database_flags {
      name  = "log_min_error_statement"
      value = "FATAL" # want GCP-134 "statements that fail"
    }
  }
}
