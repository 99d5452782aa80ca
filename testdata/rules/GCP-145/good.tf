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
