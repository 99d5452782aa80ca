resource "google_service_account" "deployer" {
  account_id = "deployer"
}

resource "google_project_iam_member" "deployer_storage" {
  project = "acme-prod"
  role    = "roles/storage.admin" # want GCP-140
  member  = "serviceAccount:${google_service_account.deployer.email}"
}

resource "google_project_iam_binding" "security" {
  project = "acme-prod"
  role    = "roles/iam.securityAdmin" # want GCP-140
  members = [
    "group:secops@example.com",
    "serviceAccount:automation@acme-prod.iam.gserviceaccount.com",
  ]
}

resource "google_organization_iam_member" "org_admin" {
  org_id = "123456789012"
  role   = "roles/resourcemanager.organizationAdmin" # want GCP-140
  member = "serviceAccount:bootstrap@acme-seed.iam.gserviceaccount.com"
}
