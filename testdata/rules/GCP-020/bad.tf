resource "google_sql_database_instance" "open" { # want GCP-100 # want GCP-148 # want GCP-026 # want GCP-149 # want GCP-150 # want GCP-151 # want GCP-152
  name             = "open"
  database_version = "POSTGRES_16"
  region           = "europe-west1"
  settings {
    tier = "db-f1-micro"
    ip_configuration { # want GCP-101
      authorized_networks {
        name  = "office"
        value = "203.0.113.0/24"
      }
      authorized_networks {
        name  = "anyone"
        value = "0.0.0.0/0" # want GCP-020
      }
    }
  }
}

resource "google_sql_database_instance" "explicit_ipv4" {
  name             = "explicit"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"
  settings {
    tier = "db-f1-micro"
    ip_configuration {
      ipv4_enabled = true # want GCP-101 # want GCP-026
      authorized_networks {
        value = "0.0.0.0/0" # want GCP-020
      }
    }
  }
}
