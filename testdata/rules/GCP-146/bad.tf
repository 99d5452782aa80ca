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
