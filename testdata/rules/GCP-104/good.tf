variable "readers" {
  type    = list(string)
  default = ["group:analysts@example.com", "serviceAccount:etl@acme.iam.gserviceaccount.com"]
}

resource "google_bigquery_dataset" "analytics" {
  dataset_id = "analytics"
  location   = "EU"
  access {
    role          = "OWNER"
    special_group = "projectOwners"
  }
  access {
    role           = "READER"
    group_by_email = "analysts@example.com"
  }
}

resource "google_bigquery_dataset_iam_binding" "readers" {
  dataset_id = google_bigquery_dataset.analytics.dataset_id
  role       = "roles/bigquery.dataViewer"
  members    = var.readers
}

data "google_iam_policy" "table" {
  binding {
    role    = "roles/bigquery.dataViewer"
    members = ["domain:example.com"]
  }
}

resource "google_bigquery_table_iam_policy" "daily" {
  dataset_id  = google_bigquery_dataset.analytics.dataset_id
  table_id    = "daily"
  policy_data = data.google_iam_policy.table.policy_data
}
