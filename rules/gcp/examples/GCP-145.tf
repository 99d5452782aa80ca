resource "random_password" "root" {
  length = 32
}

resource "google_sql_user" "root" {
  instance = google_sql_database_instance.main.name
  name     = "root"
  host     = "localhost"
  password = random_password.root.result
}
