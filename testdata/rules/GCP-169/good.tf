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

# root limited to the administrators' bastion subnet.
resource "google_sql_user" "root" {
  name     = "root"
  instance = google_sql_database_instance.orders.name
  host     = "10.20.0.0/255.255.255.0"
  password = var.root_password
}

# Any host, but not root.
resource "google_sql_user" "app" {
  name     = "app"
  instance = google_sql_database_instance.orders.name
  host     = "%"
  password = var.root_password
}

# IAM database authentication: no password, no host.
resource "google_sql_user" "iam_admin" {
  name     = "dba@example.com"
  instance = google_sql_database_instance.orders.name
  type     = "CLOUD_IAM_USER"
}
