# ipv4_enabled defaults to true.
resource "google_sql_database_instance" "default" { # want GCP-026
  name             = "app"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"
  settings { # want GCP-101
    tier = "db-n1-standard-1"
  }
}

resource "google_sql_database_instance" "explicit" {
  name             = "reports"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"
  settings {
    tier = "db-n1-standard-1"
    ip_configuration {
      ipv4_enabled = true # want GCP-101
      ssl_mode     = "ENCRYPTED_ONLY"
      authorized_networks {
        name  = "office"
        value = "203.0.113.0/24"
      }
    }
  }
}
