locals {
  kms_roles = {
    "roles/cloudkms.admin"                       = "group:kms-admins@example.com"
    "roles/cloudkms.cryptoKeyEncrypterDecrypter" = "serviceAccount:orders@acme-prod.iam.gserviceaccount.com"
    "roles/cloudkms.viewer"                      = "group:kms-admins@example.com"
  }
}

resource "google_project_iam_member" "kms" {
  for_each = local.kms_roles
  project  = "acme-security"
  role     = each.key
  member   = each.value
}

# The same group administers keys in one project and uses keys in another.
resource "google_project_iam_member" "dev_admin" {
  project = "acme-dev"
  role    = "roles/cloudkms.admin"
  member  = "group:platform@example.com"
}

resource "google_project_iam_member" "prod_use" {
  project = "acme-prod"
  role    = "roles/cloudkms.cryptoKeyDecrypter"
  member  = "group:platform@example.com"
}
