resource "google_sql_user" "app" {
  name     = "app"
  instance = "orders-db"
  password = "Orders-2024!db" # want GCP-191 "password is a literal"
}

# A module input with a literal default is still written in the code.
variable "reporting_password" {
  type      = string
  sensitive = true
  default   = "Rep0rting#Secret"
}

resource "google_sql_user" "reporting" {
  name     = "reporting"
  instance = "orders-db"
  password = var.reporting_password # want GCP-191
}

# The write-only form keeps the value out of the state, not out of the code.
resource "google_sql_user" "batch" {
  name                = "batch"
  instance            = "orders-db"
  password_wo         = "Batch-Runner-77" # want GCP-191 "password_wo is a literal"
  password_wo_version = 1
}

resource "google_alloydb_user" "analyst" {
  cluster        = "projects/acme/locations/europe-west1/clusters/analytics"
  user_id        = "analyst"
  user_type      = "ALLOYDB_BUILT_IN"
  password       = "An4lyst-Pa55word" # want GCP-191
  database_roles = ["alloydbsuperuser"]
}

resource "google_secret_manager_secret_version" "api_key" {
  secret      = "projects/acme/secrets/payments-api-key"
  secret_data = "sk_live_51HxQ2eKf0a9Zb7Lm" # want GCP-191 "secret_data is a literal"
}

resource "google_secret_manager_regional_secret_version" "db_url" {
  secret      = "projects/acme/locations/europe-west1/secrets/db-url"
  secret_data = "postgres://app:S3cretPass@10.0.0.5:5432/orders" # want GCP-191
}

# Short and weak is still a password written in the code.
resource "google_sql_user" "legacy_root" {
  name     = "legacy"
  instance = "orders-db"
  password = "root123" # want GCP-191
}
