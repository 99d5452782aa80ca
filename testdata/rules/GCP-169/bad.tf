resource "google_sql_database_instance" "orders" {
  name             = "orders"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme/global/networks/main"
      ssl_mode        = "ENCRYPTED_ONLY"
    }
  }
}

variable "root_password" {
  type      = string
  sensitive = true
}

# Written out: root from anywhere.
resource "google_sql_user" "root" {
  name     = "root"
  instance = google_sql_database_instance.orders.name
  host     = "%" # want GCP-169
  password = var.root_password
}

# Left out: Cloud SQL gives a MySQL user the host %.
resource "google_sql_user" "root_default_host" { # want GCP-169
  name     = "root"
  instance = "legacy-mysql"
  password = var.root_password
}
