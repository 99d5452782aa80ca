resource "google_sql_database_instance" "app" {
  name             = "app"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"
  settings {
    tier = "db-n1-standard-2"
    database_flags {
      name  = "local_infile"
      value = "off"
    }
  }
}
