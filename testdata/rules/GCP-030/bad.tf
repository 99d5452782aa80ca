variable "admin_role" {
  type    = string
  default = "roles/owner"
}

locals {
  ci_member = "serviceAccount:ci@acme-prod.iam.gserviceaccount.com"
}

resource "google_project_iam_member" "ops_owner" {
  project = "acme-prod"
  role    = "roles/owner" # want GCP-030
  member  = "user:ops@example.com"
}

# The role through a variable, the member through a local.
resource "google_project_iam_member" "ci_admin" {
  project = "acme-prod"
  role    = var.admin_role # want GCP-030
  member  = local.ci_member
}

# The default compute service account is reported like any other member.
resource "google_folder_iam_binding" "editors" {
  folder = "folders/123456789"
  role   = "roles/editor" # want GCP-030
  members = [
    "group:developers@example.com",
    "serviceAccount:123456789012-compute@developer.gserviceaccount.com", # want GCP-118
  ]
}

# An authoritative policy built with the google_iam_policy data source.
data "google_iam_policy" "org" {
  binding {
    role    = "roles/editor" # want GCP-030
    members = ["user:alice@example.com"] # want GCP-146
  }
  binding {
    role    = "roles/viewer"
    members = ["group:auditors@example.com"]
  }
}

resource "google_organization_iam_policy" "org" {
  org_id      = "123456789012"
  policy_data = data.google_iam_policy.org.policy_data
}

# An authoritative policy written as JSON.
resource "google_project_iam_policy" "dev" {
  project = "acme-dev"
  policy_data = jsonencode({ # want GCP-030
    bindings = [
      { role = "roles/owner", members = ["user:bob@example.com"] },
    ]
  })
}

# A service account the module creates: its email is computed.
resource "google_service_account" "deployer" {
  account_id   = "deployer"
  display_name = "Deployer"
}

resource "google_project_iam_member" "deployer" {
  project = "acme-dev"
  role    = "roles/editor" # want GCP-030 "google_service_account.deployer"
  member  = "serviceAccount:${google_service_account.deployer.email}"
}

# A policy document the module hands to its caller, which applies it to a project.
data "google_iam_policy" "project_admins" {
  binding {
    role    = "roles/owner" # want GCP-030
    members = ["serviceAccount:terraform@acme-seed.iam.gserviceaccount.com"]
  }
}

output "project_policy" {
  value = data.google_iam_policy.project_admins.policy_data
}
