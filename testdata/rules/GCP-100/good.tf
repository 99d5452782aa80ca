variable "engine" {
  type = string
}

locals {
  pg_flags = {
    log_checkpoints    = "on"
    log_connections    = "on"
    log_disconnections = "on"
    log_lock_waits     = "on"
    log_min_messages   = "warning"
    log_temp_files     = "0"
  }
}

resource "google_sql_database_instance" "app" { # want GCP-148
  name             = "app"
  database_version = "POSTGRES_16"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme/global/networks/vpc"
    }
    dynamic "database_flags" {
      for_each = local.pg_flags
      content {
        name  = database_flags.key
        value = database_flags.value
      }
    }
  }
}

# The flags are PostgreSQL's: MySQL is not judged.
resource "google_sql_database_instance" "mysql" {
  name             = "legacy"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"
  settings {
    tier = "db-n1-standard-1"
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme/global/networks/vpc"
    }
  }
}

resource "google_sql_database_instance" "unknown" {
  name             = "other"
  database_version = var.engine # want-note GCP-100 # want-note GCP-134 # want-note GCP-137 # want-note GCP-148
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme/global/networks/vpc"
    }
  }
}
