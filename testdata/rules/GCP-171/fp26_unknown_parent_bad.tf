# The policy's parent is a project created with a random suffix, unknown
# until apply; the constraint is still known from the end of its name.
resource "random_id" "suffix" {
  byte_length = 2
}

resource "google_project" "secops" {
  name            = "secops"
  project_id      = "secops-${random_id.suffix.hex}"
  org_id          = "123456789012"
  deletion_policy     = "PREVENT"
  auto_create_network = false
}

resource "google_org_policy_policy" "sa_keys" {
  name   = "projects/${google_project.secops.project_id}/policies/iam.disableServiceAccountKeyCreation"
  parent = "projects/${google_project.secops.project_id}"
  spec {
    rules {
      enforce = "FALSE" # want GCP-171 "iam.disableServiceAccountKeyCreation"
    }
  }
}
