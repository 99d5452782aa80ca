variable "public_ip" {
  type = bool
}

locals {
  network = "projects/acme/global/networks/vpc"
}

resource "google_sql_database_instance" "private" {
  name             = "app"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"
  settings {
    tier = "db-n1-standard-1"
    ip_configuration {
      ipv4_enabled    = false
      private_network = local.network
    }
  }
}

resource "google_sql_database_instance" "unknown" {
  name             = "reports"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"
  settings {
    tier = "db-n1-standard-1"
    ip_configuration {
      ipv4_enabled    = var.public_ip # want-note GCP-101 # want-note GCP-026
      private_network = local.network
    }
  }
}
