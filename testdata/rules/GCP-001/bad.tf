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

# A deny rule that takes precedence closes only what it denies: SSH here,
# not PostgreSQL; an allow rule with a lower priority number is applied
# before it; a deny rule for tagged instances only, or for IPv4 sources
# only, leaves the rest open.
resource "google_compute_firewall" "deny_ssh_first" {
  name          = "deny-ssh-from-internet"
  network       = "partly-shadowed"
  priority      = 100
  source_ranges = ["0.0.0.0/0"]
  deny {
    protocol = "tcp"
    ports    = ["22"]
  }
}

resource "google_compute_firewall" "deny_db_tagged" {
  name          = "deny-all-to-db"
  network       = "partly-shadowed"
  priority      = 10
  source_ranges = ["0.0.0.0/0"]
  target_tags   = ["db"]
  deny {
    protocol = "all"
  }
}

resource "google_compute_firewall" "ssh_and_postgres" {
  name          = "allow-ssh-postgres"
  network       = "partly-shadowed"
  priority      = 200
  source_ranges = ["0.0.0.0/0"] # want GCP-001 "to port 5432 \\(PostgreSQL\\)$"
  allow {
    protocol = "tcp"
    ports    = ["22", "5432"]
  }
}

resource "google_compute_firewall" "ssh_before_deny" {
  name          = "allow-ssh-early"
  network       = "projects/prod/global/networks/partly-shadowed"
  priority      = 50
  source_ranges = ["0.0.0.0/0"] # want GCP-001 "port 22"
  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

resource "google_compute_firewall" "ssh_ipv6" {
  name          = "allow-ssh-ipv6"
  network       = "partly-shadowed"
  priority      = 300
  source_ranges = ["::/0"] # want GCP-001 "port 22"
  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

# SNMP and connectionless LDAP answer on UDP: agents and directory servers
# reachable from the internet are read (and used for amplification).
resource "google_compute_firewall" "snmp_ldap_udp" {
  name          = "monitoring-udp"
  network       = "projects/prod/global/networks/mgmt"
  direction     = "INGRESS"
  source_ranges = ["0.0.0.0/0"] # want GCP-001 "ports 161 .SNMP., 389 .LDAP."
  allow {
    protocol = "udp"
    ports    = ["161", "389"]
  }
}

# A Salt master's publish and request ports.
resource "google_compute_firewall" "salt" {
  name          = "salt-master"
  network       = "projects/prod/global/networks/mgmt"
  source_ranges = ["0.0.0.0/0"] # want GCP-001 "4505 .Salt master."
  allow {
    protocol = "tcp"
    ports    = ["4505-4506"]
  }
}
