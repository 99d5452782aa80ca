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

resource "google_sql_user" "root" { # want GCP-145
  instance = google_sql_database_instance.main.name
  name     = "root"
  host     = "%" # want GCP-169
}

resource "google_sql_user" "root_builtin" { # want GCP-145
  instance = google_sql_database_instance.main.name
  name     = "root"
  host     = "localhost"
  type     = "BUILT_IN"
}
