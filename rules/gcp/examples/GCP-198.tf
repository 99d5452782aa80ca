resource "google_project_iam_member" "data_admins" {
  project = "acme-prod"
  role    = "roles/bigquery.admin"
  member  = "group:data-admins@example.com"
}

resource "google_bigquery_dataset_iam_member" "analyst" {
  dataset_id = "sales"
  role       = "roles/bigquery.dataViewer"
  member     = "user:alice@example.com"
}
