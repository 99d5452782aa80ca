resource "google_project_iam_member" "deployer" {
  project = var.project_id
  role    = "roles/run.developer" # not roles/editor
  member  = "serviceAccount:${google_service_account.deployer.email}"
}
