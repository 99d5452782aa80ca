# Without --account-baseline the missing API is only "no evidence" in the
# checklist report (see baseline/).
resource "google_project_service" "compute" {
  project = "acme-prod"
  service = "compute.googleapis.com"
}
