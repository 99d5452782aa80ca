resource "google_project_iam_member" "sa_admins" {
  project = "acme-prod"
  role    = "roles/iam.serviceAccountAdmin"
  member  = "group:iam-admins@example.com"
}

resource "google_service_account" "deployer" {
  project    = "acme-prod"
  account_id = "deployer"
}

resource "google_service_account_iam_member" "deployers" {
  service_account_id = google_service_account.deployer.name
  role               = "roles/iam.serviceAccountUser"
  member             = "group:release@example.com"
}
