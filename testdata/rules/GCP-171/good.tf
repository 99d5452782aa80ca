resource "google_organization_policy" "serial_port" {
  org_id     = "123456789"
  constraint = "compute.disableSerialPortAccess"
  boolean_policy {
    enforced = true
  }
}

resource "google_org_policy_policy" "uniform_access" {
  name   = "organizations/123456789/policies/storage.uniformBucketLevelAccess"
  parent = "organizations/123456789"
  spec {
    rules {
      enforce = "TRUE"
    }
  }
}

# A constraint that is no security guardrail, turned off.
resource "google_project_organization_policy" "nested_virtualization" {
  project    = "acme-ci"
  constraint = "compute.disableNestedVirtualization"
  boolean_policy {
    enforced = false
  }
}

# A list constraint is not a boolean guardrail.
resource "google_project_organization_policy" "locations" {
  project    = "acme-web"
  constraint = "gcp.resourceLocations"
  list_policy {
    allow {
      values = ["in:eu-locations"]
    }
  }
}

# An exemption scoped to resources tagged for it, the guardrail enforced
# everywhere else.
resource "google_org_policy_policy" "serial_port_debug" {
  name   = "projects/acme-debug/policies/compute.disableSerialPortAccess"
  parent = "projects/acme-debug"
  spec {
    rules {
      condition {
        expression = "resource.matchTag('123456789/debug', 'serial')"
      }
      enforce = "FALSE"
    }
    rules {
      enforce = "TRUE"
    }
  }
}
