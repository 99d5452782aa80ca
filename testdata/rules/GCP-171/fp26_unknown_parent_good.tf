# A list constraint that is no guardrail, on a project whose id is unknown
# until apply: nothing to report and nothing left undecided.
resource "random_id" "suffix" {
  byte_length = 2
}

resource "google_project" "web" {
  name            = "web"
  project_id      = "web-${random_id.suffix.hex}"
  org_id          = "123456789012"
  deletion_policy     = "PREVENT"
  auto_create_network = false
}

resource "google_org_policy_policy" "lb_types" {
  name   = "projects/${google_project.web.project_id}/policies/compute.restrictLoadBalancerCreationForTypes"
  parent = "projects/${google_project.web.project_id}"
  spec {
    rules {
      values {
        allowed_values = ["INTERNAL_TCP_UDP", "INTERNAL_HTTP_HTTPS"]
      }
    }
  }
}
