resource "google_sql_database_instance" "main" {
  name                = "main"
  database_version    = "POSTGRES_16"
  region              = "europe-west1"
  encryption_key_name = google_kms_crypto_key.sql.id

  settings {
    tier = "db-custom-2-7680"
  }
}

resource "google_bigquery_dataset" "events" {
  dataset_id = "events"
  location   = "EU"

  default_encryption_configuration {
    kms_key_name = google_kms_crypto_key.bigquery.id
  }
}
