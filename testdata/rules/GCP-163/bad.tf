variable "project_id" {
  type = string
}

variable "platform_team" {
  type    = string
  default = "group:platform@example.com"
}

# The platform group creates service accounts and may also run as them.
resource "google_project_iam_member" "platform_sa_admin" {
  project = var.project_id
  role    = "roles/iam.serviceAccountAdmin"
  member  = var.platform_team # want GCP-163 "platform@example.com"
}

resource "google_project_iam_binding" "deployers" {
  project = var.project_id
  role    = "roles/iam.serviceAccountUser" # want GCP-107
  members = [
    "serviceAccount:ci@acme-tools.iam.gserviceaccount.com",
    var.platform_team,
  ]
}

# The same person through an organization-wide policy.
data "google_iam_policy" "org" {
  binding {
    role    = "roles/iam.serviceAccountAdmin"
    members = ["user:alice@example.com"] # want GCP-163 "alice@example.com" GCP-146 "individual"
  }
  binding {
    role    = "roles/iam.serviceAccountUser" # want GCP-107
    members = ["user:alice@example.com"] # want GCP-146 "individual"
  }
}

resource "google_organization_iam_policy" "org" {
  org_id      = "123456789012"
  policy_data = data.google_iam_policy.org.policy_data
}
