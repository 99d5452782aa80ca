variable "public_member" {
  type    = string
  default = "allUsers"
}

# Uniform bucket-level access disables ACLs, not IAM grants.
resource "google_storage_bucket" "site" { # want GCP-103 # want GCP-141 GCP-142
  name                        = "acme-site"
  location                    = "EU"
  uniform_bucket_level_access = true
}

resource "google_storage_bucket_iam_member" "site_public" {
  bucket = google_storage_bucket.site.name
  role   = "roles/storage.objectViewer"
  member = "allUsers" # want GCP-033
}

# The bucket by name, the member through a variable.
resource "google_storage_bucket_iam_binding" "site_readers" {
  bucket = "acme-site"
  role   = "roles/storage.legacyObjectReader"
  members = [
    "group:web@example.com",
    var.public_member, # want GCP-033
  ]
}

# A bucket that is not declared here: nothing known stops the grant.
resource "google_storage_bucket_iam_member" "external" {
  bucket = "acme-external-downloads"
  role   = "roles/storage.objectViewer"
  member = "allAuthenticatedUsers" # want GCP-033
}

# Fine-grained access control and no public access prevention.
resource "google_storage_bucket" "downloads" { # want GCP-103 # want GCP-142
  name                        = "acme-downloads"
  location                    = "EU"
  uniform_bucket_level_access = false # want GCP-102
  public_access_prevention    = "inherited" # want GCP-141
}

data "google_iam_policy" "public_read" {
  binding {
    role    = "roles/storage.objectViewer"
    members = ["allUsers"] # want GCP-033
  }
}

resource "google_storage_bucket_iam_policy" "downloads" {
  bucket      = google_storage_bucket.downloads.name
  policy_data = data.google_iam_policy.public_read.policy_data
}

resource "google_storage_bucket_acl" "downloads" {
  bucket         = google_storage_bucket.downloads.name
  predefined_acl = "publicRead" # want GCP-033
}

resource "google_storage_default_object_access_control" "downloads" {
  bucket = google_storage_bucket.downloads.name
  role   = "READER"
  entity = "allUsers" # want GCP-033
}

resource "google_storage_object_acl" "readme" {
  bucket = "acme-downloads"
  object = "README.txt"
  role_entity = [
    "OWNER:user-ops@example.com",
    "READER:allAuthenticatedUsers", # want GCP-033
  ]
}
