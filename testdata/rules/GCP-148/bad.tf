# Nothing about statements: log_statement defaults to none, pgaudit to off.
resource "google_sql_database_instance" "orders" { # want GCP-148 "audits no statements" # want GCP-100 # want GCP-149 # want GCP-150 # want GCP-151 # want GCP-152
  name             = "orders"
  database_version = "POSTGRES_16"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme-net/global/networks/shared"
    }
  }
}

# Written off on purpose, and pgaudit turned off too.
resource "google_sql_database_instance" "ledger" { # want GCP-100 # want GCP-149 # want GCP-150 # want GCP-151 # want GCP-152
  name             = "ledger"
  database_version = "POSTGRES_15"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme-net/global/networks/shared"
    }
    database_flags {
      name  = "log_statement"
      value = "none" # want GCP-148
    }
    database_flags {
      name  = "cloudsql.enable_pgaudit"
      value = "off"
    }
  }
}
