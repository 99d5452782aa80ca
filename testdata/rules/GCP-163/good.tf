locals {
  sa_admins = ["group:iam-admins@example.com"]
}

resource "google_project_iam_member" "sa_admins" {
  for_each = toset(local.sa_admins)
  project  = "acme-prod"
  role     = "roles/iam.serviceAccountAdmin"
  member   = each.value
}

resource "google_service_account" "deployer" {
  project    = "acme-prod"
  account_id = "deployer"
}

# Deployers act as one service account, not every one of the project.
resource "google_service_account_iam_member" "deployers" {
  service_account_id = google_service_account.deployer.name
  role               = "roles/iam.serviceAccountUser"
  member             = "group:iam-admins@example.com"
}

# The same group administers service accounts of another project only.
resource "google_project_iam_member" "staging_admin" {
  project = "acme-staging"
  role    = "roles/iam.serviceAccountAdmin"
  member  = "group:release@example.com"
}

resource "google_project_iam_member" "prod_user" {
  project = "acme-prod"
  role    = "roles/iam.serviceAccountUser" # want GCP-107
  member  = "group:release@example.com"
}
