resource "google_project_iam_member" "compute_default_editor" {
  project = "acme-prod"
  role    = "roles/storage.admin" # want GCP-140
  member  = "serviceAccount:123456789012-compute@developer.gserviceaccount.com" # want GCP-118
}

resource "google_project_iam_binding" "appengine" {
  project = "acme-prod"
  role    = "roles/cloudsql.client"
  members = ["serviceAccount:acme-prod@appspot.gserviceaccount.com"] # want GCP-118
}
