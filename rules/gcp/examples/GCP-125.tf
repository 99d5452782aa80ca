provider "google" {
  project                     = var.project_id
  region                      = "europe-west1"
  impersonate_service_account = "terraform@acme-prod.iam.gserviceaccount.com"
}
