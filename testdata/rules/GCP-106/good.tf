resource "google_service_account" "app" {
  account_id   = "app"
  display_name = "app"
}

resource "google_kms_crypto_key_iam_member" "app" {
  crypto_key_id = "projects/acme/locations/europe/keyRings/app/cryptoKeys/data"
  role          = "roles/cloudkms.cryptoKeyEncrypterDecrypter"
  member        = "serviceAccount:${google_service_account.app.email}"
}

resource "google_pubsub_subscription_iam_binding" "readers" {
  subscription = "events-sub"
  role         = "roles/pubsub.subscriber"
  members      = ["serviceAccount:${google_service_account.app.email}"]
}

# Artifact Registry: a public read grant only through a named group.
resource "google_artifact_registry_repository_iam_member" "pull" {
  location   = "europe"
  repository = "images"
  role       = "roles/artifactregistry.reader"
  member     = "group:developers@example.com"
}

resource "google_dataproc_cluster_iam_member" "analysts" {
  cluster = "analytics"
  region  = "europe-west1"
  role    = "roles/dataproc.viewer"
  member  = "group:analysts@example.com"
}

# An image shared with one other project's service account, and with an
# organization's domain: not with everyone.
resource "google_compute_image_iam_member" "partner" {
  project = "acme-images"
  image   = "golden"
  role    = "roles/compute.imageUser"
  member  = "serviceAccount:builder@partner-project.iam.gserviceaccount.com"
}

resource "google_compute_image_iam_binding" "org" {
  project = "acme-images"
  image   = "golden"
  role    = "roles/compute.imageUser"
  members = ["domain:example.com"]
}

resource "google_service_account_iam_member" "ci" {
  service_account_id = "projects/acme/serviceAccounts/deployer@acme.iam.gserviceaccount.com"
  role               = "roles/iam.workloadIdentityUser"
  member             = "principalSet://iam.googleapis.com/projects/123/locations/global/workloadIdentityPools/github/attribute.repository/acme/app"
}

resource "google_bigtable_table_iam_member" "reader" {
  instance = "analytics"
  table    = "events"
  role     = "roles/bigtable.reader"
  member   = "group:analysts@example.com"
}

# Grants to groups at the project and on other resources.
resource "google_project_iam_member" "ops" {
  project = "acme"
  role    = "roles/pubsub.publisher"
  member  = "group:ops@example.com"
}

resource "google_compute_instance_iam_member" "ops" {
  project       = "acme"
  zone          = "europe-west1-b"
  instance_name = "bastion"
  role          = "roles/compute.osLogin"
  member        = "group:ops@example.com"
}

data "google_iam_policy" "ops" {
  binding {
    role    = "roles/cloudkms.cryptoKeyDecrypter"
    members = ["group:ops@example.com"]
  }
}

