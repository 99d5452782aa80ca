variable "engine" {
  type = string
}

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

# Flags written one by one.
resource "google_sql_database_instance" "reports" {
  name             = "reports"
  database_version = "POSTGRES_14"
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
      name  = "log_temp_files"
      value = "0"
    }
    database_flags {
      name  = "log_statement"
      value = "ddl"
    }
  }
}

# The flag is PostgreSQL's: MySQL is not judged.
resource "google_sql_database_instance" "legacy" {
  name             = "legacy"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme-net/global/networks/shared"
    }
  }
}

# An engine chosen by the caller cannot be judged.
resource "google_sql_database_instance" "any" {
  name             = "any"
  database_version = var.engine # want-note GCP-151 # want-note GCP-100 # want-note GCP-134 # want-note GCP-137 # want-note GCP-148 # want-note GCP-149 # want-note GCP-150 # want-note GCP-152 # want-note GCP-153 # want-note GCP-154 # want-note GCP-155 # want-note GCP-156 # want-note GCP-157 # want-note GCP-158
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme-net/global/networks/shared"
    }
  }
}
