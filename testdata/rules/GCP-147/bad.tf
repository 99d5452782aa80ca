variable "project_id" {
  type = string
}

resource "google_project_iam_member" "ops_kms_admin" {
  project = var.project_id
  role    = "roles/cloudkms.admin"
  member  = "group:ops@example.com"
}

resource "google_project_iam_binding" "decrypt" {
  project = var.project_id
  role    = "roles/cloudkms.cryptoKeyEncrypterDecrypter"
  members = [
    "serviceAccount:orders@acme-prod.iam.gserviceaccount.com",
    "group:ops@example.com", # want GCP-147 "ops@example.com"
  ]
}
