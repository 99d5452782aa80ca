variable "log_verbosity" {
  type = string
}

locals {
  pg_flags = {
    log_connections     = "on"
    log_disconnections  = "on"
    log_lock_waits      = "on"
    log_checkpoints     = "on"
    log_min_messages    = "warning"
    log_error_verbosity = "verbose"
  }
}

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
    dynamic "database_flags" {
      for_each = local.pg_flags
      content {
        name  = database_flags.key
        value = database_flags.value
      }
    }
  }
}

# More verbose than the default is fine.
resource "google_sql_database_instance" "debug" { # want GCP-100 # want GCP-148
  name             = "debug"
  database_version = "POSTGRES_15"
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
      value = "notice"
    }
    database_flags {
      name  = "log_error_verbosity"
      value = var.log_verbosity # want-note GCP-134
    }
  }
}

# MySQL has no such flags.
resource "google_sql_database_instance" "mysql" {
  name             = "mysql"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"
  settings {
    tier = "db-n1-standard-2"
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme-net/global/networks/shared"
    }
    database_flags {
      name  = "log_min_messages"
      value = "error"
    }
  }
}
