variable "team_groups" {
  type = map(string)
  default = {
    "roles/compute.viewer"       = "group:platform@example.com"
    "roles/logging.viewer"       = "group:sre@example.com"
    "roles/monitoring.viewer"    = "domain:example.com"
    "roles/cloudsql.client"      = "serviceAccount:orders@acme-prod.iam.gserviceaccount.com"
    "roles/bigquery.jobUser"     = "principalSet://iam.googleapis.com/locations/global/workforcePools/staff/group/analysts"
  }
}

resource "google_project_iam_member" "teams" {
  for_each = var.team_groups
  project  = "acme-prod"
  role     = each.key
  member   = each.value
}

variable "oncall_member" {
  type = string
}

resource "google_project_iam_member" "oncall" {
  project = "acme-prod"
  role    = "roles/iap.tunnelResourceAccessor"
  member  = var.oncall_member
}

# Individual users on a project are not reported.
resource "google_project_iam_member" "oncall_alice" {
  project = "acme-prod"
  role    = "roles/compute.viewer"
  member  = "user:alice@example.com"
}

# A grant on one bucket is not judged.
resource "google_storage_bucket_iam_member" "report_reader" {
  bucket = "acme-reports"
  role   = "roles/storage.objectViewer"
  member = "user:erin@example.com"
}

data "google_iam_policy" "bucket" {
  binding {
    role    = "roles/storage.objectViewer"
    members = ["user:frank@example.com"]
  }
}

resource "google_storage_bucket_iam_policy" "reports" {
  bucket      = "acme-reports"
  policy_data = data.google_iam_policy.bucket.policy_data
}

# Organization identities on single resources, by IAM or dataset access.
resource "google_bigquery_dataset" "sales" {
  dataset_id = "sales"
  location   = "EU"
  access {
    role          = "OWNER"
    special_group = "projectOwners"
  }
  access {
    role          = "READER"
    user_by_email = "analyst@example.com"
  }
  access {
    role           = "READER"
    group_by_email = "analysts@example.com"
  }
}

resource "google_bigquery_dataset_iam_member" "pipeline" {
  dataset_id = google_bigquery_dataset.sales.dataset_id
  role       = "roles/bigquery.dataEditor"
  member     = "serviceAccount:pipeline@acme-prod.iam.gserviceaccount.com"
}

resource "google_secret_manager_secret_iam_binding" "db" {
  project   = "acme-prod"
  secret_id = "db-password"
  role      = "roles/secretmanager.secretAccessor"
  members   = ["group:backend@example.com", "user:grace@example.com"]
}

resource "google_storage_bucket_acl" "exports" {
  bucket      = "acme-exports"
  role_entity = ["OWNER:project-owners-1234", "READER:user-auditor@example.com", "READER:group-finance@example.com"]
}

resource "google_storage_default_object_access_control" "exports" {
  bucket = "acme-exports"
  role   = "READER"
  entity = "domain-example.com"
}
