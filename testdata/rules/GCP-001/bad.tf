resource "google_compute_firewall" "ssh" {
  name          = "allow-ssh"
  network       = "default"
  source_ranges = ["0.0.0.0/0"] # want GCP-001
  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

resource "google_compute_firewall" "everything" {
  name          = "allow-all"
  network       = "default"
  direction     = "INGRESS"
  disabled      = false
  source_ranges = ["10.0.0.0/8", "::/0"] # want GCP-001
  allow {
    protocol = "all"
  }
}

# TCP without ports is every TCP port.
resource "google_compute_firewall" "tcp_all" {
  name          = "allow-tcp"
  network       = "default"
  source_ranges = ["0.0.0.0/0"] # want GCP-001
  allow {
    protocol = "tcp"
  }
}

# A range that contains MySQL and RDP.
resource "google_compute_firewall" "range" {
  name    = "allow-range"
  network = "default"
  source_ranges = [
    "0.0.0.0/0", # want GCP-001
  ]
  allow {
    protocol = "icmp"
  }
  allow {
    protocol = "tcp"
    ports    = ["443", "3000-3400"]
  }
}

# No source at all: Google Cloud applies the rule to 0.0.0.0/0.
resource "google_compute_firewall" "no_source" { # want GCP-001
  name    = "allow-rdp-anywhere"
  network = "default"
  allow {
    protocol = "tcp"
    ports    = ["3389"]
  }
}

# Empty source lists are no source either.
resource "google_compute_firewall" "empty_sources" { # want GCP-001
  name          = "allow-ssh-empty"
  network       = "default"
  source_ranges = []
  source_tags   = []
  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

resource "google_compute_firewall" "memcached_udp" {
  name          = "memcached-udp"
  network       = "default"
  source_ranges = ["0.0.0.0/0"] # want GCP-001 "11211"
  allow {
    protocol = "udp"
    ports    = ["11211"]
  }
}
