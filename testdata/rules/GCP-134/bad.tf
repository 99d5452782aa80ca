locals {
  pg_logging = {
    log_connections    = "on"
    log_disconnections = "on"
    log_lock_waits     = "on"
    log_checkpoints    = "on"
    log_temp_files     = "0"
    log_statement      = "ddl"
  }
}

resource "google_sql_database_instance" "quiet1" {
  name             = "quiet1"
  database_version = "POSTGRES_15"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme-net/global/networks/shared"
    }
    dynamic "database_flags" {
      for_each = local.pg_logging
      content {
        name  = database_flags.key
        value = database_flags.value
      }
    }
    database_flags {
      name  = "log_min_messages"
      value = "error" # want GCP-134 "log_min_messages = \"error\""
    }
  }
}

resource "google_sql_database_instance" "quiet2" {
  name             = "quiet2"
  database_version = "POSTGRES_16"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme-net/global/networks/shared"
    }
    dynamic "database_flags" {
      for_each = local.pg_logging
      content {
        name  = database_flags.key
        value = database_flags.value
      }
    }
    database_flags {
      name  = "log_min_messages"
      value = "PANIC" # want GCP-134 "log_min_messages = \"PANIC\""
    }
  }
}
