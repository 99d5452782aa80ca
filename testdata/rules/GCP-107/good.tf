resource "google_service_account" "runtime" {
  account_id   = "runtime"
  display_name = "runtime"
}

resource "google_service_account" "deployer" {
  account_id   = "deployer"
  display_name = "deployer"
}

resource "google_service_account_iam_member" "deployer_uses_runtime" {
  service_account_id = google_service_account.runtime.name
  role               = "roles/iam.serviceAccountUser"
  member             = "serviceAccount:${google_service_account.deployer.email}"
}

# Google's own service agents get this role from Google.
resource "google_project_iam_member" "dataflow_agent" {
  project = "acme-prod"
  role    = "roles/iam.serviceAccountTokenCreator"
  member  = "serviceAccount:service-123456789@gcp-sa-dataflow.iam.gserviceaccount.com"
}

resource "google_project_iam_member" "viewer" {
  project = "acme-prod"
  role    = "roles/viewer"
  member  = "group:platform@example.com"
}
