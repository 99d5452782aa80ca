resource "google_sql_database_instance" "main" {
  # ...
  settings {
    ip_configuration {
      ssl_mode = "ENCRYPTED_ONLY"
    }
  }
}
