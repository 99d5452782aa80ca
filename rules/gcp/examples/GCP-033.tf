resource "google_storage_bucket" "assets" {
  name                        = "acme-assets"
  location                    = "EU"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"
}

resource "google_storage_bucket_iam_member" "assets_reader" {
  bucket = google_storage_bucket.assets.name
  role   = "roles/storage.objectViewer"
  member = "group:assets-readers@example.com" # not allUsers
}
