# MySQL and an engine chosen by the caller: GCP-134/good.tf (every rule runs on
# every fixture).
variable "log_error_verbosity" {
  type = string
}

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

# The default is fine.
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
      for_each = local.pg_logging
      content {
        name  = database_flags.key
        value = database_flags.value
      }
    }
  }
}

# The default, written out.
resource "google_sql_database_instance" "verbose1" {
  name             = "verbose1"
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
      name  = "log_error_verbosity"
      value = "default"
    }
  }
}

# More verbose than the default is fine.
resource "google_sql_database_instance" "verbose2" {
  name             = "verbose2"
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
      name  = "log_error_verbosity"
      value = "verbose"
    }
  }
}

# A value chosen by the caller cannot be judged.
resource "google_sql_database_instance" "chosen" {
  name             = "chosen"
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
      name  = "log_error_verbosity"
      value = var.log_error_verbosity # want-note GCP-154
    }
  }
}
