# Read-only operator role.
resource "google_project_iam_custom_role" "viewer" {
  project = "acme-prod"
  role_id = "runViewer"
  title   = "Cloud Run viewer"
  permissions = [
    "run.services.get",
    "run.services.list",
    "run.services.getIamPolicy",
  ]
}

# actAs alone starts nothing as the service account.
resource "google_project_iam_custom_role" "attach" {
  project     = "acme-prod"
  role_id     = "attachOnly"
  title       = "Attach only"
  permissions = ["iam.serviceAccounts.actAs", "run.services.get"]
}

# A retired role: its bindings grant nothing.
resource "google_project_iam_custom_role" "retired" {
  project     = "acme-prod"
  role_id     = "retiredAdmin"
  title       = "Retired admin"
  stage       = "DISABLED"
  permissions = ["resourcemanager.projects.setIamPolicy"]
}
