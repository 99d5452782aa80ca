variable "reader_member" {
  type = string
}

variable "maybe_pap" {
  type = string
}

# Public access prevention makes Cloud Storage reject public grants.
resource "google_storage_bucket" "private" { # want GCP-103 # want GCP-142
  name                        = "acme-private"
  location                    = "EU"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"
}

resource "google_storage_bucket_iam_member" "private_public" {
  bucket = google_storage_bucket.private.name
  role   = "roles/storage.objectViewer"
  member = "allUsers"
}

# ACLs are disabled by uniform bucket-level access.
resource "google_storage_bucket" "uniform" { # want GCP-103 # want GCP-141 GCP-142
  name                        = "acme-uniform"
  location                    = "EU"
  uniform_bucket_level_access = true
}

resource "google_storage_bucket_acl" "uniform" {
  bucket         = "b/acme-uniform"
  predefined_acl = "publicRead"
}

resource "google_storage_bucket_iam_member" "uniform_group" {
  bucket = google_storage_bucket.uniform.name
  role   = "roles/storage.objectViewer"
  member = "group:readers@example.com"
}

resource "google_storage_object_acl" "uniform_private" {
  bucket      = google_storage_bucket.uniform.name
  object      = "index.html"
  role_entity = ["OWNER:user-ops@example.com"]
}

# Members and settings not known statically.
resource "google_storage_bucket_iam_member" "uniform_unknown" {
  bucket = google_storage_bucket.uniform.name
  role   = "roles/storage.objectViewer"
  member = var.reader_member
}

resource "google_storage_bucket" "maybe" { # want GCP-102 GCP-103 # want GCP-142
  name                     = "acme-maybe"
  location                 = "EU"
  public_access_prevention = var.maybe_pap # want-note GCP-033 # want-note GCP-141
}

resource "google_storage_bucket_iam_member" "maybe_public" {
  bucket = google_storage_bucket.maybe.name
  role   = "roles/storage.objectViewer"
  member = "allUsers"
}
