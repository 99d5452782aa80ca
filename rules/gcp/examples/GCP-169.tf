resource "google_sql_user" "root" {
  name     = "root"
  instance = google_sql_database_instance.orders.name
  host     = "10.20.0.%"
  password = var.root_password
}
