variable "statement_logging" {
  type    = string
  default = "ddl"
}

variable "engine" {
  type = string
}

locals {
  audit_flags = {
    "log_connections"    = "on"
    "log_disconnections" = "on"
    "log_lock_waits"     = "on"
    "log_checkpoints"    = "on"
    "log_temp_files"     = "0"
    "log_statement"      = var.statement_logging
  }
}

# DDL logged through flags built from a map, as modules often do.
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
      for_each = local.audit_flags
      content {
        name  = database_flags.key
        value = database_flags.value
      }
    }
  }
}

# pgaudit instead of log_statement.
resource "google_sql_database_instance" "audited" { # want GCP-100 # want GCP-149 # want GCP-150 # want GCP-151 # want GCP-152
  name             = "audited"
  database_version = "POSTGRES_15"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme-net/global/networks/shared"
    }
    database_flags {
      name  = "cloudsql.enable_pgaudit"
      value = "on"
    }
    database_flags {
      name  = "pgaudit.log"
      value = "ddl,role"
    }
  }
}

# MySQL has neither flag; the engine is not known for the last one.
resource "google_sql_database_instance" "mysql" {
  name             = "shop"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"
  settings {
    tier = "db-n1-standard-2"
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme-net/global/networks/shared"
    }
  }
}

resource "google_sql_database_instance" "any" {
  name             = "any"
  database_version = var.engine # want-note GCP-137 # want-note GCP-100 # want-note GCP-134 # want-note GCP-148 # want-note GCP-149 # want-note GCP-150 # want-note GCP-151 # want-note GCP-152 # want-note GCP-153 # want-note GCP-154 # want-note GCP-155 # want-note GCP-156 # want-note GCP-157 # want-note GCP-158
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme-net/global/networks/shared"
    }
  }
}
