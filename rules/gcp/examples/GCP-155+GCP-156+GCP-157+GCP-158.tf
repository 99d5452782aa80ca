resource "google_sql_database_instance" "reports" {
  name             = "reports"
  database_version = "SQLSERVER_2022_STANDARD"
  region           = "europe-west1"
  root_password    = var.sql_root_password
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "remote access"
      value = "off"
    }
  }
}
