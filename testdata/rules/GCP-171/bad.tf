# A project exempted from the organization's serial console guardrail.
resource "google_project_organization_policy" "serial_port" {
  project    = "acme-debug"
  constraint = "compute.disableSerialPortAccess"
  boolean_policy {
    enforced = false # want GCP-171
  }
}

# Service account keys allowed again for a folder.
resource "google_folder_organization_policy" "sa_keys" {
  folder     = "folders/1234567890"
  constraint = "constraints/iam.disableServiceAccountKeyCreation"
  boolean_policy {
    enforced = false # want GCP-171
  }
}

# The newer API: a policy whose rule turns enforcement off.
resource "google_org_policy_policy" "public_access" {
  name   = "projects/acme-web/policies/storage.publicAccessPrevention"
  parent = "projects/acme-web"
  spec {
    rules {
      enforce = "FALSE" # want GCP-171
    }
  }
}

variable "os_login_required" {
  type    = bool
  default = false
}

resource "google_organization_policy" "os_login" {
  org_id     = "123456789"
  constraint = "compute.requireOsLogin"
  boolean_policy {
    enforced = var.os_login_required # want GCP-171
  }
}
