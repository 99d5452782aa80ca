resource "random_password" "app" {
  length  = 24
  special = true
}

resource "google_sql_user" "app" {
  name     = "app"
  instance = google_sql_database_instance.orders.name
  password = random_password.app.result
}

# Workloads sign in with their service account: no password at all.
resource "google_sql_user" "orders_service" {
  name     = trimsuffix(google_service_account.orders.email, ".gserviceaccount.com")
  instance = google_sql_database_instance.orders.name
  type     = "CLOUD_IAM_SERVICE_ACCOUNT"
}

# The secret's value is added out of band (gcloud secrets versions add),
# or from a generated value that only the state keeps.
resource "google_secret_manager_secret_version" "session_key" {
  secret      = google_secret_manager_secret.session_key.id
  secret_data = random_password.app.result
}
