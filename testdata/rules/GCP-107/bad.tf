resource "google_project_iam_member" "deployer" {
  project = "acme-prod"
  role    = "roles/iam.serviceAccountUser" # want GCP-107
  member  = "serviceAccount:deployer@acme-prod.iam.gserviceaccount.com"
}

resource "google_folder_iam_binding" "token_creators" {
  folder  = "folders/1234567890"
  role    = "roles/iam.serviceAccountTokenCreator" # want GCP-107
  members = ["group:platform@example.com"]
}
