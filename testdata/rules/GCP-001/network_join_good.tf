# The deny rule refers to the network resource (its id is known only after
# apply); the allow rule names the same network by its name. The network's
# body (name = "shadowed-vpc") is what ties them: the deny, at a lower
# priority number, closes SSH from the internet on that network.
resource "google_compute_network" "shadowed" {
  name                    = "shadowed-vpc"
  auto_create_subnetworks = false
}

resource "google_compute_firewall" "deny_ssh_shadowed" {
  name          = "deny-ssh-from-internet"
  network       = google_compute_network.shadowed.id
  priority      = 100
  source_ranges = ["0.0.0.0/0"]
  deny {
    protocol = "tcp"
    ports    = ["22"]
  }
}

resource "google_compute_firewall" "allow_ssh_shadowed" {
  name          = "allow-ssh-shadowed"
  network       = "shadowed-vpc"
  priority      = 1000
  source_ranges = ["0.0.0.0/0"]
  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

# The network's other controls (GCP-035, GCP-116), so that only GCP-001 speaks here.
resource "google_compute_firewall" "shadowed_deny_egress" {
  name      = "shadowed-vpc-deny-all-egress"
  network   = google_compute_network.shadowed.id
  direction = "EGRESS"
  priority  = 65534
  deny {
    protocol = "all"
  }
}

resource "google_dns_policy" "shadowed_logging" {
  name           = "shadowed-vpc-dns-logging"
  enable_logging = true
  networks {
    network_url = google_compute_network.shadowed.id
  }
}
