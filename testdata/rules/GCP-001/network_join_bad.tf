# The deny rule is on another network resource than the one the allow rule
# names: it closes nothing for it.
resource "google_compute_network" "guarded" {
  name                    = "guarded-vpc"
  auto_create_subnetworks = false
}

resource "google_compute_network" "exposed" {
  name                    = "exposed-vpc"
  auto_create_subnetworks = false
}

resource "google_compute_firewall" "deny_ssh_guarded" {
  name          = "deny-ssh-guarded"
  network       = google_compute_network.guarded.id
  priority      = 100
  source_ranges = ["0.0.0.0/0"]
  deny {
    protocol = "tcp"
    ports    = ["22"]
  }
}

resource "google_compute_firewall" "allow_ssh_exposed" {
  name          = "allow-ssh-exposed"
  network       = "exposed-vpc"
  priority      = 1000
  source_ranges = ["0.0.0.0/0"] # want GCP-001
  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

# The network's other controls (GCP-035, GCP-116), so that only GCP-001 speaks here.
resource "google_compute_firewall" "guarded_deny_egress" {
  name      = "guarded-vpc-deny-all-egress"
  network   = google_compute_network.guarded.id
  direction = "EGRESS"
  priority  = 65534
  deny {
    protocol = "all"
  }
}

resource "google_dns_policy" "guarded_logging" {
  name           = "guarded-vpc-dns-logging"
  enable_logging = true
  networks {
    network_url = google_compute_network.guarded.id
  }
}

# The network's other controls (GCP-035, GCP-116), so that only GCP-001 speaks here.
resource "google_compute_firewall" "exposed_deny_egress" {
  name      = "exposed-vpc-deny-all-egress"
  network   = google_compute_network.exposed.id
  direction = "EGRESS"
  priority  = 65534
  deny {
    protocol = "all"
  }
}

resource "google_dns_policy" "exposed_logging" {
  name           = "exposed-vpc-dns-logging"
  enable_logging = true
  networks {
    network_url = google_compute_network.exposed.id
  }
}
