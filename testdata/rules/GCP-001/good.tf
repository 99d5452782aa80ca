variable "admin_range" {
  type = string
}

resource "google_compute_firewall" "https" {
  name          = "allow-https"
  network       = "default"
  source_ranges = ["0.0.0.0/0"]
  allow {
    protocol = "tcp"
    ports    = ["80", "443"]
  }
}

# SSH through Identity-Aware Proxy only.
resource "google_compute_firewall" "ssh_iap" {
  name          = "allow-ssh-iap"
  network       = "default"
  source_ranges = ["35.235.240.0/20"]
  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

resource "google_compute_firewall" "egress" {
  name               = "allow-egress"
  network            = "default"
  direction          = "EGRESS"
  destination_ranges = ["0.0.0.0/0"] # want GCP-035
  allow {
    protocol = "all"
  }
}

resource "google_compute_firewall" "disabled" {
  name          = "disabled-ssh"
  network       = "default"
  disabled      = true
  source_ranges = ["0.0.0.0/0"]
  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

resource "google_compute_firewall" "ping" {
  name          = "allow-ping"
  network       = "default"
  source_ranges = ["0.0.0.0/0"]
  allow {
    protocol = "icmp"
  }
}

resource "google_compute_firewall" "deny_ssh" {
  name          = "deny-ssh"
  network       = "default"
  source_ranges = ["0.0.0.0/0"]
  deny {
    protocol = "tcp"
    ports    = ["22"]
  }
}

# Not known statically: not reported.
resource "google_compute_firewall" "admin" {
  name          = "allow-admin"
  network       = "default"
  source_ranges = [var.admin_range]
  allow {
    protocol = "tcp"
    ports    = ["22", "3389"]
  }
}

# The source is given by network tags, not by address.
resource "google_compute_firewall" "tagged_source" {
  name        = "ssh-from-bastion"
  network     = "default"
  source_tags = ["bastion"]
  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

# Sources from a variable with no value: unknown, not reported.
variable "ssh_sources" {
  type = list(string)
}

resource "google_compute_firewall" "unknown_sources" {
  name          = "ssh-from-somewhere"
  network       = "default"
  source_ranges = var.ssh_sources
  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

# A UDP-only rule over SSH's port serves nothing: SSH listens on TCP.
resource "google_compute_firewall" "udp_game" {
  name          = "udp-game"
  network       = "default"
  source_ranges = ["0.0.0.0/0"]
  allow {
    protocol = "udp"
    ports    = ["20-30", "27015"]
  }
}

# Deny rules of the same network that take precedence close the ports an
# allow rule opens: a lower priority number, or the same one (at equal
# priority a deny rule wins over an allow rule).
resource "google_compute_firewall" "deny_admin" {
  name          = "deny-admin-from-internet"
  network       = "locked"
  priority      = 100
  source_ranges = ["0.0.0.0/0", "::/0"]
  deny {
    protocol = "tcp"
    ports    = ["22", "3389", "5432-5433"]
  }
}

resource "google_compute_firewall" "web_and_admin" {
  name          = "allow-web-admin"
  network       = "locked"
  priority      = 100
  source_ranges = ["0.0.0.0/0"]
  allow {
    protocol = "tcp"
    ports    = ["22", "443", "5432"]
  }
}

# No source: the deny applies to 0.0.0.0/0.
resource "google_compute_firewall" "deny_everything" {
  name     = "deny-all-ingress"
  network  = "projects/prod/global/networks/sealed"
  priority = 0
  deny {
    protocol = "all"
  }
}

resource "google_compute_firewall" "legacy_rdp" {
  name          = "legacy-rdp"
  network       = "projects/prod/global/networks/sealed"
  source_ranges = ["0.0.0.0/0"]
  allow {
    protocol = "tcp"
    ports    = ["3389"]
  }
}

# LDAPS and Salt open only to the company's own ranges, and SNMP traps
# (UDP 162, which the monitoring station receives) from anywhere.
resource "google_compute_firewall" "directory_internal" {
  name          = "ldaps-internal"
  network       = "projects/prod/global/networks/mgmt"
  source_ranges = ["10.0.0.0/8", "192.168.0.0/16"]
  allow {
    protocol = "tcp"
    ports    = ["636", "4505-4506"]
  }
}

resource "google_compute_firewall" "snmp_traps" {
  name          = "snmp-traps"
  network       = "projects/prod/global/networks/mgmt"
  source_ranges = ["0.0.0.0/0"]
  allow {
    protocol = "udp"
    ports    = ["162"]
  }
}
