resource "google_service_account" "app" {
  account_id = "app"
}

resource "google_project_iam_member" "app_logs" {
  project = "acme-prod"
  role    = "roles/logging.logWriter"
  member  = "serviceAccount:${google_service_account.app.email}"
}
