# Off by default, turned on.
resource "google_sql_database_instance" "legacy" {
  name             = "legacy"
  database_version = "MYSQL_5_7"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme-net/global/networks/shared"
    }
    database_flags {
      name  = "local_infile"
      value = "on" # want GCP-137 "LOAD DATA LOCAL"
    }
  }
}

resource "google_sql_database_instance" "app" {
  name             = "app"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme-net/global/networks/shared"
    }
    database_flags {
      name  = "local_infile"
      value = "ON" # want GCP-137
    }
  }
}
