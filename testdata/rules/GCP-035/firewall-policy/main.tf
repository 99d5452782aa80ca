# A network firewall policy rule denies egress: the network gets the
# benefit of the doubt.
resource "google_compute_network" "app" { # want GCP-116
  name                    = "app"
  auto_create_subnetworks = false
}

resource "google_compute_network_firewall_policy" "app" {
  name = "app"
}

resource "google_compute_network_firewall_policy_association" "app" {
  name              = "app"
  firewall_policy   = google_compute_network_firewall_policy.app.name
  attachment_target = google_compute_network.app.id
}

resource "google_compute_network_firewall_policy_rule" "deny_egress" {
  firewall_policy = google_compute_network_firewall_policy.app.name
  priority        = 65000
  direction       = "EGRESS"
  action          = "deny"
  match {
    dest_ip_ranges = ["0.0.0.0/0"]
    layer4_configs {
      ip_protocol = "all"
    }
  }
}
