variable "sqlserver_flags" {
  type = map(string)
  default = {
    "remote access"                     = "off"
    "contained database authentication" = "off"
    "cross db ownership chaining"       = "off"
  }
}

variable "engine" {
  type = string
}

resource "google_sql_database_instance" "erp" {
  name             = "erp"
  database_version = "SQLSERVER_2022_ENTERPRISE"
  region           = "europe-west1"
  root_password    = "placeholder-for-test"
  settings {
    tier = "db-custom-4-15360"
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme-net/global/networks/shared"
    }
    dynamic "database_flags" {
      for_each = var.sqlserver_flags
      content {
        name  = database_flags.key
        value = database_flags.value
      }
    }
  }
}

# MySQL leaves local_infile off unless it is turned on.
resource "google_sql_database_instance" "app" {
  name             = "app"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"
  settings {
    tier = "db-n1-standard-2"
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme-net/global/networks/shared"
    }
    database_flags {
      name  = "local_infile"
      value = "off"
    }
    database_flags {
      name  = "skip_show_database"
      value = "on"
    }
  }
}

# PostgreSQL has none of these flags.
resource "google_sql_database_instance" "pg" { # want GCP-100 # want GCP-148
  name             = "pg"
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
  }
}

# An engine chosen by the caller cannot be judged.
resource "google_sql_database_instance" "any" {
  name             = "any"
  database_version = var.engine # want-note GCP-137 # want-note GCP-100 # want-note GCP-134 # want-note GCP-148
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme-net/global/networks/shared"
    }
  }
}
