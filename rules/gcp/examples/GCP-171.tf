resource "google_org_policy_policy" "sa_key_creation" {
  name   = "organizations/123456789/policies/iam.disableServiceAccountKeyCreation"
  parent = "organizations/123456789"
  spec {
    rules {
      enforce = "TRUE"
    }
  }
}
