resource "google_project_iam_member" "key_admins" {
  project = "acme-security"
  role    = "roles/cloudkms.admin"
  member  = "group:kms-admins@example.com"
}

resource "google_project_iam_member" "app_encrypts" {
  project = "acme-security"
  role    = "roles/cloudkms.cryptoKeyEncrypterDecrypter"
  member  = "serviceAccount:orders@acme-prod.iam.gserviceaccount.com"
}
