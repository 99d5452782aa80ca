resource "google_service_account" "app" {
  account_id   = "app"
  display_name = "app"
}

resource "google_project_iam_member" "app_logs" {
  project = "acme-prod"
  role    = "roles/logging.logWriter"
  member  = "serviceAccount:${google_service_account.app.email}"
}

# Google's own service agents are not default service accounts.
resource "google_project_iam_member" "compute_agent" {
  project = "acme-prod"
  role    = "roles/compute.serviceAgent"
  member  = "serviceAccount:service-123456789012@compute-system.iam.gserviceaccount.com"
}

variable "runner" {
  type = string
}

variable "project_id" {
  type = string
}

# A dedicated account whose name is interpolated.
resource "google_project_iam_member" "runner" {
  project = var.project_id
  role    = "roles/artifactregistry.reader"
  member  = "serviceAccount:${var.runner}@${var.project_id}.iam.gserviceaccount.com"
}
