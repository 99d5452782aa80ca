resource "random_password" "generated" {
  length  = 24
  special = true
}

# A generated password is not written in the code.
resource "google_sql_user" "generated" {
  name     = "app"
  instance = "orders-db"
  password = random_password.generated.result
}

# A variable without a value: the caller passes it at apply time.
variable "passed_in_password" {
  type      = string
  sensitive = true
}

resource "google_sql_user" "passed_in" {
  name     = "reporting"
  instance = "orders-db"
  password = var.passed_in_password
}

# IAM database authentication needs no password.
resource "google_sql_user" "iam" {
  name     = "svc-orders@acme.iam.gserviceaccount.com"
  instance = "orders-db"
  type     = "CLOUD_IAM_SERVICE_ACCOUNT"
}

# A placeholder set to create the secret, its value added out of band.
resource "google_secret_manager_secret_version" "placeholder" {
  secret      = "projects/acme/secrets/payments-api-key"
  secret_data = "changeme-out-of-band"
}

# Configuration kept beside the secrets: an endpoint and a client id.
resource "google_secret_manager_secret_version" "endpoint" {
  secret      = "projects/acme/secrets/payments-endpoint"
  secret_data = "https://payments.internal.acme.example/v2"
}

resource "google_secret_manager_secret_version" "client_id" {
  secret      = "projects/acme/secrets/oauth-client-id"
  secret_data = "0f8fad5b-d9cb-469f-a165-70867728950e"
}

resource "google_secret_manager_secret_version" "session_key" {
  secret      = "projects/acme/secrets/session-key"
  secret_data = random_password.generated.result
}

# A stand-in that says it is one: the real password is set out of band.
resource "google_sql_user" "stand_in" {
  name     = "reporting"
  instance = "acme-sql"
  password = "not-a-real-password"
}
