variable "analyst_email" {
  type = string
}

resource "google_project_iam_member" "analyst_bq" {
  project = "acme-prod"
  role    = "roles/bigquery.admin" # want GCP-198 "bigquery.admin .*user:alice@example.com"
  member  = "user:alice@example.com"
}

resource "google_project_iam_member" "analyst_owner" {
  project = "acme-prod"
  role    = "roles/bigquery.dataOwner" # want GCP-198 "user:"
  member  = "user:${var.analyst_email}"
}

resource "google_project_iam_binding" "storage_admins" {
  project = "acme-prod"
  role    = "roles/storage.admin" # want GCP-198 "user:bob@example.com"
  members = [
    "group:storage-admins@example.com",
    "user:bob@example.com",
  ]
}

resource "google_project_iam_member" "dba" {
  for_each = toset(["roles/cloudsql.admin", "roles/cloudsql.client"])
  project  = "acme-prod"
  role     = each.value # want GCP-198 "cloudsql.admin"
  member   = "user:carol@example.com"
}

data "google_iam_policy" "project" {
  binding {
    role    = "roles/secretmanager.admin" # want GCP-198 "secretmanager.admin"
    members = ["user:dave@example.com"]
  }
  binding {
    role    = "roles/viewer"
    members = ["group:everyone@example.com"]
  }
}

resource "google_project_iam_policy" "project" {
  project     = "acme-prod"
  policy_data = data.google_iam_policy.project.policy_data
}
