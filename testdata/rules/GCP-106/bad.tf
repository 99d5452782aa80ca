resource "google_kms_crypto_key_iam_member" "public" {
  crypto_key_id = "projects/acme/locations/europe/keyRings/app/cryptoKeys/data"
  role          = "roles/cloudkms.cryptoKeyDecrypter"
  member        = "allUsers" # want GCP-106
}

resource "google_kms_key_ring_iam_binding" "public" {
  key_ring_id = "projects/acme/locations/europe/keyRings/app"
  role        = "roles/cloudkms.viewer"
  members     = ["allAuthenticatedUsers"] # want GCP-106
}

resource "google_pubsub_topic_iam_member" "publish" {
  topic  = "events"
  role   = "roles/pubsub.publisher"
  member = "allUsers" # want GCP-106
}

resource "google_secret_manager_secret_iam_member" "read" {
  secret_id = "db-password"
  role      = "roles/secretmanager.secretAccessor"
  member    = "allAuthenticatedUsers" # want GCP-106
}

resource "google_dataproc_cluster_iam_member" "public" {
  cluster = "analytics"
  region  = "europe-west1"
  role    = "roles/dataproc.editor"
  member  = "allAuthenticatedUsers" # want GCP-106
}

resource "google_dataproc_job_iam_binding" "public" {
  job_id  = "nightly"
  region  = "europe-west1"
  role    = "roles/dataproc.viewer"
  members = ["allUsers"] # want GCP-106
}
