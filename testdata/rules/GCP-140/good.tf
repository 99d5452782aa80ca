variable "team_group" {
  type    = string
  default = "group:platform@example.com"
}

resource "google_service_account" "app" {
  account_id = "app"
}

resource "google_project_iam_member" "app" {
  for_each = toset(["roles/storage.objectViewer", "roles/cloudsql.client", "roles/logging.logWriter"])
  project  = "acme-prod"
  role     = each.value
  member   = "serviceAccount:${google_service_account.app.email}"
}

# Administrators are people in a group, not workloads.
resource "google_project_iam_member" "admins" {
  project = "acme-prod"
  role    = "roles/storage.admin"
  member  = var.team_group
}

# Google grants its service agents such roles itself.
resource "google_project_iam_member" "gke_agent" {
  project = "acme-prod"
  role    = "roles/container.serviceAgent"
  member  = "serviceAccount:service-123456789012@container-engine-robot.iam.gserviceaccount.com"
}

# A role on one bucket is not a project-wide grant.
resource "google_storage_bucket_iam_member" "uploads" {
  bucket = "acme-uploads"
  role   = "roles/storage.admin"
  member = "serviceAccount:${google_service_account.app.email}"
}
