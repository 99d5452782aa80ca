resource "google_project_iam_custom_role" "deployer" {
  project = var.project_id
  role_id = "deployer"
  title   = "Deployer"
  permissions = [
    "run.services.get",
    "run.services.list",
    "run.services.update",
  ]
}

# Impersonation granted on one service account only.
resource "google_service_account_iam_member" "deployer_token" {
  service_account_id = google_service_account.deploy.name
  role               = "roles/iam.serviceAccountTokenCreator"
  member             = "serviceAccount:ci@${var.project_id}.iam.gserviceaccount.com"
}
