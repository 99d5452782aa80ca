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

# A custom image shared with everyone: anyone may boot a VM from it and
# read what the image holds.
resource "google_compute_image" "golden" {
  name        = "golden"
  source_disk = "projects/acme/zones/europe-west1-b/disks/build"
}

resource "google_compute_image_iam_member" "everyone" {
  image  = google_compute_image.golden.name
  role   = "roles/compute.imageUser"
  member = "allAuthenticatedUsers" # want GCP-106
}

resource "google_compute_snapshot_iam_binding" "shared" {
  name    = "db-nightly"
  role    = "roles/compute.storageAdmin"
  members = ["group:ops@example.com", "allUsers"] # want GCP-106
}

resource "google_service_account_iam_member" "impersonate" {
  service_account_id = "projects/acme/serviceAccounts/deployer@acme.iam.gserviceaccount.com"
  role               = "roles/iam.serviceAccountTokenCreator"
  member             = "allAuthenticatedUsers" # want GCP-106
}

data "google_iam_policy" "readers" {
  binding {
    role    = "roles/spanner.databaseReader"
    members = ["allUsers"] # want GCP-106
  }
}

resource "google_spanner_database_iam_policy" "orders" {
  instance    = "main"
  database    = "orders"
  policy_data = data.google_iam_policy.readers.policy_data
}

# A project-level grant to everyone reaches every resource of the project.
resource "google_project_iam_member" "everyone" {
  project = "acme"
  role    = "roles/pubsub.publisher"
  member  = "allUsers" # want GCP-106 "every resource of the scope"
}

resource "google_folder_iam_binding" "everyone" {
  folder  = "folders/1234"
  role    = "roles/browser"
  members = ["allAuthenticatedUsers"] # want GCP-106
}

# Resources GCP-106 does not name one by one: an instance, a notebook.
resource "google_compute_instance_iam_member" "everyone" {
  project       = "acme"
  zone          = "europe-west1-b"
  instance_name = "bastion"
  role          = "roles/compute.osLogin"
  member        = "allAuthenticatedUsers" # want GCP-106
}

resource "google_notebooks_instance_iam_binding" "everyone" {
  project       = "acme"
  location      = "europe-west1-b"
  instance_name = "analysis"
  role          = "roles/notebooks.viewer"
  members       = ["allUsers"] # want GCP-106
}

# A policy written here and applied elsewhere (a module output): judged
# where it is written.
data "google_iam_policy" "shared" {
  binding {
    role    = "roles/cloudkms.cryptoKeyDecrypter"
    members = ["allUsers"] # want GCP-106 "data.google_iam_policy.shared"
  }
}

output "shared_policy" {
  value = data.google_iam_policy.shared.policy_data
}

# The same through a policy a notebook instance applies.
data "google_iam_policy" "notebook" {
  binding {
    role    = "roles/notebooks.admin"
    members = ["allAuthenticatedUsers"] # want GCP-106
  }
}

resource "google_notebooks_instance_iam_policy" "notebook" {
  project       = "acme"
  location      = "europe-west1-b"
  instance_name = "analysis"
  policy_data   = data.google_iam_policy.notebook.policy_data
}
