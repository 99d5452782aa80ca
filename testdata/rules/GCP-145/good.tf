resource "google_sql_database_instance" "main" {
  name             = "orders"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings {
    tier = "db-n1-standard-1"
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme-net/global/networks/shared"
    }
  }
}

resource "random_password" "root" {
  length  = 32
  special = true
}

resource "google_sql_user" "root" {
  instance = google_sql_database_instance.main.name
  name     = "root"
  host     = "localhost"
  password = random_password.root.result
}

variable "root_password" {
  type      = string
  sensitive = true
}

resource "google_sql_user" "root_from_variable" {
  instance = google_sql_database_instance.main.name
  name     = "root"
  host     = "10.0.0.%"
  password = var.root_password
}

# IAM users sign in with tokens: they have no password.
resource "google_sql_user" "app" {
  instance = google_sql_database_instance.main.name
  name     = "orders-app@acme-prod.iam"
  type     = "CLOUD_IAM_SERVICE_ACCOUNT"
}

# On PostgreSQL the administrator is postgres: a user named root is an
# ordinary built-in user, and its password is managed in the database.
locals {
  postgres_logging_flags = {
    "log_connections"         = "on"
    "log_disconnections"      = "on"
    "log_lock_waits"          = "on"
    "log_checkpoints"         = "on"
    "log_temp_files"          = "0"
    "cloudsql.enable_pgaudit" = "on"
    "pgaudit.log"             = "ddl,role"
    "log_min_messages"        = "warning"
    "log_min_error_statement" = "error"
  }
}

resource "google_sql_database_instance" "reports" {
  name             = "reports"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    dynamic "database_flags" {
      for_each = local.postgres_logging_flags
      content {
        name  = database_flags.key
        value = database_flags.value
      }
    }

    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme-net/global/networks/shared"
    }
  }
}

resource "google_sql_user" "reports_root" {
  instance = google_sql_database_instance.reports.name
  name     = "root"
}
