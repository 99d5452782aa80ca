variable "network_self_link" {
  type = string
}

# The deny rule's network is not known statically: it may be this one.
resource "google_compute_network" "data" { # want GCP-116 # want-note GCP-035
  name                    = "data"
  auto_create_subnetworks = false
}

resource "google_compute_firewall" "deny_all_egress" {
  name      = "deny-all-egress"
  network   = var.network_self_link
  direction = "EGRESS"
  priority  = 65534
  deny {
    protocol = "all"
  }
}
