variable "break_glass_member" {
  type = string
}

# Predefined roles, and the read-only basic role, are not reported.
resource "google_project_iam_member" "run_developer" {
  project = "acme-prod"
  role    = "roles/run.developer"
  member  = "serviceAccount:deployer@acme-prod.iam.gserviceaccount.com"
}

resource "google_project_iam_member" "auditors" {
  project = "acme-prod"
  role    = "roles/viewer"
  member  = "group:auditors@example.com"
}

# An authoritative editor binding must keep Google's own service agents.
resource "google_project_iam_binding" "editor_agents" {
  project = "acme-prod"
  role    = "roles/editor"
  members = [
    "serviceAccount:123456789012@cloudservices.gserviceaccount.com",
    "serviceAccount:service-123456789012@gcp-sa-example.iam.gserviceaccount.com",
  ]
}

# A member not known at all may be one of Google's service agents: a note.
resource "google_project_iam_member" "break_glass" {
  project = "acme-prod"
  role    = "roles/owner"
  member  = var.break_glass_member # want-note GCP-030 "member"
}

data "google_iam_policy" "readers" {
  binding {
    role    = "roles/browser"
    members = ["group:everyone@example.com"]
  }
}

resource "google_folder_iam_policy" "readers" {
  folder      = "folders/987654321"
  policy_data = data.google_iam_policy.readers.policy_data
}

# A policy document no resource of this root uses, with no basic role.
data "google_iam_policy" "unused_readers" {
  binding {
    role    = "roles/viewer"
    members = ["group:auditors@example.com"]
  }
  binding {
    role    = "roles/editor"
    members = ["serviceAccount:123456789012@cloudservices.gserviceaccount.com"]
  }
}
