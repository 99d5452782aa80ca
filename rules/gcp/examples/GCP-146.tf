resource "google_project_iam_member" "analysts" {
  project = "acme-analytics"
  role    = "roles/bigquery.dataViewer"
  member  = "group:analysts@example.com"
}
