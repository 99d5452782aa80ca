variable "admins_group" {
  type    = string
  default = "group:data-admins@example.com"
}

# Administrators are a group whose membership the identity provider manages.
resource "google_project_iam_member" "bq_admins" {
  project = "acme-prod"
  role    = "roles/bigquery.admin"
  member  = var.admins_group
}

resource "google_project_iam_binding" "storage_admins" {
  project = "acme-prod"
  role    = "roles/storage.admin"
  members = ["group:storage-admins@example.com"]
}

# People get the narrow roles they use on the project.
resource "google_project_iam_member" "analyst" {
  for_each = toset(["roles/bigquery.dataViewer", "roles/bigquery.jobUser", "roles/storage.objectViewer"])
  project  = "acme-prod"
  role     = each.value
  member   = "user:alice@example.com"
}

# Break-glass access that expires.
resource "google_project_iam_member" "oncall_break_glass" {
  project = "acme-prod"
  role    = "roles/cloudsql.admin"
  member  = "user:oncall@example.com"

  condition {
    title      = "expires-2027-01-01"
    expression = "request.time < timestamp(\"2027-01-01T00:00:00Z\")"
  }
}

resource "google_bigquery_dataset" "sales" {
  dataset_id = "sales"
  location   = "EU"
}

# An owner of one dataset, not of every dataset of the project.
resource "google_bigquery_dataset_iam_member" "sales_owner" {
  dataset_id = google_bigquery_dataset.sales.dataset_id
  role       = "roles/bigquery.dataOwner"
  member     = "user:bob@example.com"
}

resource "google_storage_bucket_iam_member" "uploads_admin" {
  bucket = "acme-uploads"
  role   = "roles/storage.admin"
  member = "user:bob@example.com"
}
