resource "google_bigquery_dataset" "analytics" {
  dataset_id = "analytics"
  location   = "EU"
  access {
    role           = "READER"
    group_by_email = "analysts@example.com"
  }
  access {
    role          = "OWNER"
    special_group = "projectOwners"
  }
}
