# An organization policy in the same root enforces public access
# prevention on every bucket of the project.
resource "google_org_policy_policy" "public_access_prevention" {
  name   = "projects/acme-prod/policies/storage.publicAccessPrevention"
  parent = "projects/acme-prod"
  spec {
    rules {
      enforce = "TRUE"
    }
  }
}

resource "google_storage_bucket_iam_member" "assets_public" {
  bucket = "acme-assets"
  role   = "roles/storage.objectViewer"
  member = "allUsers"
}
