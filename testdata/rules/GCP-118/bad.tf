resource "google_project_iam_member" "compute_default_editor" {
  project = "acme-prod"
  role    = "roles/storage.admin" # want GCP-140
  member  = "serviceAccount:123456789012-compute@developer.gserviceaccount.com" # want GCP-118
}

resource "google_project_iam_binding" "appengine" {
  project = "acme-prod"
  role    = "roles/cloudsql.client"
  members = ["serviceAccount:acme-prod@appspot.gserviceaccount.com"] # want GCP-118
}

# The default compute service account read through its data source.
data "google_compute_default_service_account" "default" {
  project = "acme-prod"
}

resource "google_project_iam_member" "compute_default_logs" {
  project = "acme-prod"
  role    = "roles/logging.logWriter"
  member  = "serviceAccount:${data.google_compute_default_service_account.default.email}" # want GCP-118
}

resource "google_folder_iam_member" "compute_default_viewer" {
  folder = "folders/123456789"
  role   = "roles/viewer"
  member = data.google_compute_default_service_account.default.member # want GCP-118
}

# Written without the serviceAccount: prefix (the API rejects it, but the intent is plain).
resource "google_project_iam_member" "no_prefix" {
  project = "acme-prod"
  role    = "roles/monitoring.viewer"
  member  = "123456789012-compute@developer.gserviceaccount.com" # want GCP-118
}

# The project number (or id) interpolated: those domains hold only the default accounts.
variable "project_number" {
  type = string
}

variable "project_id" {
  type = string
}

resource "google_project_iam_member" "by_number" {
  project = var.project_id
  role    = "roles/artifactregistry.writer"
  member  = "serviceAccount:${var.project_number}-compute@developer.gserviceaccount.com" # want GCP-118
}

resource "google_storage_bucket_iam_binding" "not_a_scope" {
  bucket  = "acme-artifacts"
  role    = "roles/storage.objectViewer"
  members = ["serviceAccount:${var.project_number}-compute@developer.gserviceaccount.com"]
}

# A set held by a local: one grant per role, each reported.
locals {
  runtime_roles = toset(["roles/logging.logWriter", "roles/monitoring.metricWriter"])
}

resource "google_project_iam_member" "app_engine_runtime" {
  for_each = local.runtime_roles
  project  = var.project_id
  role     = each.value
  member   = "serviceAccount:${var.project_id}@appspot.gserviceaccount.com" # want GCP-118 "logWriter" # want GCP-118 "metricWriter"
}

resource "google_project_iam_member" "sample_number" {
  project = "acme-prod"
  role    = "roles/editor" # want GCP-030
  member  = "serviceAccount:test-compute@developer.gserviceaccount.com" # want GCP-118
}

# A domain-scoped project's App Engine default account: the appspot domain
# holds default accounts only, whatever the local part.
resource "google_folder_iam_member" "legacy_app_engine" {
  folder = "folders/1234567"
  role   = "roles/pubsub.publisher"
  member = "serviceAccount:billing-app.example.com@appspot.gserviceaccount.com" # want GCP-118
}
