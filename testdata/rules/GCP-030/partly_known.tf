# Members built from values known only after apply. The kind of member and
# the end of its address are enough to tell a Google-managed service agent
# (project number unknown) from an account of the project's own.
variable "admin_email" {
  type = string
}

data "google_project" "this" {}

module "project" {
  source = "./project"
}

# Agents: Google grants them project roles itself.
resource "google_project_iam_member" "cloudservices_editor" {
  project = data.google_project.this.project_id
  role    = "roles/editor"
  member  = "serviceAccount:${data.google_project.this.number}@cloudservices.gserviceaccount.com"
}

resource "google_project_iam_member" "pubsub_agent_editor" {
  project = data.google_project.this.project_id
  role    = "roles/editor"
  member  = "serviceAccount:service-${data.google_project.this.number}@gcp-sa-pubsub.iam.gserviceaccount.com"
}

# A person, whoever it is.
resource "google_project_iam_member" "admin_owner" {
  project = data.google_project.this.project_id
  role    = "roles/owner" # want GCP-030 "user:"
  member  = "user:${var.admin_email}"
}

# The service account another module of this configuration creates.
resource "google_project_iam_member" "workload_editor" {
  project = data.google_project.this.project_id
  role    = "roles/editor" # want GCP-030 "module.project.google_service_account.workload"
  member  = "serviceAccount:${module.project.workload_email}"
}
