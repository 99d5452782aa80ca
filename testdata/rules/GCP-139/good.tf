variable "github_org" {
  type    = string
  default = "acme"
}

variable "condition" {
  type = string
}

resource "google_iam_workload_identity_pool" "ci" {
  workload_identity_pool_id = "ci"
}

resource "google_iam_workload_identity_pool_provider" "github" {
  workload_identity_pool_id          = google_iam_workload_identity_pool.ci.workload_identity_pool_id
  workload_identity_pool_provider_id = "github"
  attribute_condition                = "assertion.repository_owner == '${var.github_org}'"
  attribute_mapping = {
    "google.subject"       = "assertion.sub"
    "attribute.repository" = "assertion.repository"
  }
  oidc {
    issuer_uri = "https://token.actions.githubusercontent.com"
  }
}

# An AWS provider only trusts the roles of one AWS account.
resource "google_iam_workload_identity_pool_provider" "aws" {
  workload_identity_pool_id          = google_iam_workload_identity_pool.ci.workload_identity_pool_id
  workload_identity_pool_provider_id = "aws"
  aws {
    account_id = "999999999999"
  }
}

resource "google_iam_workload_identity_pool_provider" "configurable" {
  workload_identity_pool_id          = google_iam_workload_identity_pool.ci.workload_identity_pool_id
  workload_identity_pool_provider_id = "configurable"
  attribute_condition                = var.condition # want-note GCP-139
  oidc {
    issuer_uri = "https://token.actions.githubusercontent.com"
  }
}
