# A "deployer" role that can mint tokens for any service account.
resource "google_project_iam_custom_role" "deployer" {
  project     = "acme-prod"
  role_id     = "deployer"
  title       = "Deployer"
  permissions = [
    "run.services.get",
    "run.services.list",
    "iam.serviceAccounts.getAccessToken", # want GCP-185
  ]
}

# Creating Cloud Run services as any service account the holder may act as.
resource "google_organization_iam_custom_role" "platform" {
  org_id  = "123456789012"
  role_id = "platformDeployer"
  title   = "Platform deployer"
  permissions = [
    "iam.serviceAccounts.actAs", # want GCP-185
    "run.services.create",
    "run.services.get",
  ]
}

# Rewriting the project's IAM policy, from a module input's default.
variable "extra_permissions" {
  type    = list(string)
  default = ["resourcemanager.projects.setIamPolicy"]
}

resource "google_project_iam_custom_role" "ops" {
  project     = "acme-prod"
  role_id     = "ops"
  title       = "Operations"
  permissions = concat(["compute.instances.get"], var.extra_permissions) # want GCP-185
}
