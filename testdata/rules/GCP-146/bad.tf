resource "google_folder_iam_member" "alice" {
  folder = "folders/1234567890"
  role   = "roles/compute.admin"
  member = "user:alice@example.com" # want GCP-146 "individual user"
}

resource "google_project_iam_member" "contractor" {
  project = "acme-prod"
  role    = "roles/viewer"
  member  = "user:contractor.acme@gmail.com" # want GCP-146 "personal Google account"
}

resource "google_folder_iam_binding" "viewers" {
  folder = "folders/1234567890"
  role   = "roles/viewer"
  members = [
    "group:auditors@example.com",
    "user:bob.personal@gmail.com", # want GCP-146 "personal Google account"
  ]
}

data "google_iam_policy" "org" {
  binding {
    role    = "roles/browser"
    members = ["user:carol@example.com"] # want GCP-146
  }
}

resource "google_organization_iam_policy" "org" {
  org_id      = "123456789012"
  policy_data = data.google_iam_policy.org.policy_data
}

data "google_iam_policy" "unused" {
  binding {
    role    = "roles/storage.objectViewer"
    members = ["user:dave@googlemail.com", "user:erin@example.com"] # want GCP-146
  }
}

# Google accounts made with other consumer mail addresses are personal too.
resource "google_project_iam_binding" "contractors" {
  project = "acme-prod"
  role    = "roles/viewer"
  members = ["user:sam@yahoo.com", "user:alex@outlook.com", "group:contractors@example.com"] # want GCP-146 GCP-146
}

# A personal account on a single resource's IAM: the data is shared with an
# identity the organization does not manage.
variable "report_readers" {
  type    = list(string)
  default = ["group:finance@example.com", "user:jo.finance@gmail.com"]
}

resource "google_storage_bucket_iam_binding" "reports" {
  bucket  = "acme-reports"
  role    = "roles/storage.objectViewer"
  members = var.report_readers # want GCP-146 "personal Google account user:jo.finance@gmail.com"
}

resource "google_bigquery_dataset" "sales" {
  dataset_id = "sales"
  location   = "EU"
  access {
    role          = "OWNER"
    special_group = "projectOwners"
  }
  access {
    role          = "READER"
    user_by_email = "analyst.home@gmail.com" # want GCP-146 "user_by_email"
  }
}

resource "google_bigquery_dataset_access" "partner" {
  dataset_id    = google_bigquery_dataset.sales.dataset_id
  role          = "READER"
  user_by_email = "partner.lead@hotmail.com" # want GCP-146 "user_by_email"
}

data "google_iam_policy" "topic" {
  binding {
    role    = "roles/pubsub.subscriber"
    members = ["serviceAccount:reader@acme-prod.iam.gserviceaccount.com", "user:ops.pager@gmail.com"] # want GCP-146
  }
}

resource "google_pubsub_topic_iam_policy" "alerts" {
  project     = "acme-prod"
  topic       = "alerts"
  policy_data = data.google_iam_policy.topic.policy_data
}

# Cloud Storage ACLs name users as "user-<email>".
resource "google_storage_bucket_acl" "exports" {
  bucket      = "acme-exports"
  role_entity = ["OWNER:project-owners-1234", "READER:user-exports.home@gmail.com"] # want GCP-146 "READER to the personal Google account exports.home@gmail.com"
}

resource "google_storage_object_access_control" "report" {
  bucket = "acme-exports"
  object = "q3.csv"
  role   = "READER"
  entity = "user-cfo.private@icloud.com" # want GCP-146 "through a Cloud Storage ACL"
}
