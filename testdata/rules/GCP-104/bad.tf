resource "google_bigquery_dataset" "open" {
  dataset_id = "open_data"
  location   = "EU"
  access {
    role          = "OWNER"
    special_group = "projectOwners"
  }
  access {
    role          = "READER"
    special_group = "allAuthenticatedUsers" # want GCP-104
  }
}

resource "google_bigquery_dataset_access" "public" {
  dataset_id = "reports"
  role       = "READER"
  iam_member = "allUsers" # want GCP-104
}

resource "google_bigquery_dataset_iam_member" "viewer" {
  dataset_id = "reports"
  role       = "roles/bigquery.dataViewer"
  member     = "allUsers" # want GCP-104 "roles/bigquery.dataViewer"
}

resource "google_bigquery_table_iam_binding" "viewer" {
  dataset_id = "reports"
  table_id   = "daily"
  role       = "roles/bigquery.dataViewer"
  members = [
    "group:analysts@example.com",
    "allAuthenticatedUsers", # want GCP-104
  ]
}
