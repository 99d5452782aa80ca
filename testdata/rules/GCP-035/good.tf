variable "partner_cidr" {
  type = string
}

# A deny-all egress rule overrides the implied allow-egress rule.
resource "google_compute_network" "locked" { # want GCP-116
  name                    = "locked"
  auto_create_subnetworks = false
}

resource "google_compute_firewall" "locked_deny_all" {
  name      = "locked-deny-all"
  network   = google_compute_network.locked.id
  direction = "EGRESS"
  priority  = 65534
  deny {
    protocol = "all"
  }
}

resource "google_compute_firewall" "locked_https" {
  name               = "locked-https"
  network            = google_compute_network.locked.id
  direction          = "EGRESS"
  priority           = 1000
  destination_ranges = ["0.0.0.0/0"]
  allow {
    protocol = "tcp"
    ports    = ["443"]
  }
}

# The deny rule names the network by its name.
resource "google_compute_network" "named" { # want GCP-116
  name                    = "named"
  auto_create_subnetworks = false
}

resource "google_compute_firewall" "named_deny" {
  name               = "named-deny"
  network            = "named"
  direction          = "EGRESS"
  destination_ranges = ["0.0.0.0/0"]
  deny {
    protocol = "tcp"
  }
  deny {
    protocol = "udp"
  }
}

# An allow-all rule overridden by a deny-all rule of higher precedence.
resource "google_compute_network" "quarantine" { # want GCP-116
  name                    = "quarantine"
  auto_create_subnetworks = false
}

resource "google_compute_firewall" "quarantine_deny" {
  name      = "quarantine-deny"
  network   = google_compute_network.quarantine.self_link
  direction = "EGRESS"
  priority  = 100
  deny {
    protocol = "all"
  }
}

resource "google_compute_firewall" "quarantine_allow" {
  name      = "quarantine-allow"
  network   = google_compute_network.quarantine.self_link
  direction = "EGRESS"
  priority  = 1000
  allow {
    protocol = "all"
  }
}

# Disabled rules, ingress rules and destinations not known statically.
resource "google_compute_firewall" "disabled_egress" {
  name      = "disabled-egress"
  network   = "shared-vpc"
  direction = "EGRESS"
  disabled  = true
  allow {
    protocol = "all"
  }
}

resource "google_compute_firewall" "internal_ingress" {
  name          = "internal-ingress"
  network       = "shared-vpc"
  source_ranges = ["10.0.0.0/8"]
  allow {
    protocol = "all"
  }
}

resource "google_compute_firewall" "partner_egress" {
  name               = "partner-egress"
  network            = "shared-vpc"
  direction          = "EGRESS"
  destination_ranges = [var.partner_cidr] # want-note GCP-035
  allow {
    protocol = "all"
  }
}

variable "egress_priority" {
  type = number
}

variable "maintenance_window" {
  type = bool
}

# Whether the deny-all rule takes precedence depends on a priority
# without a value: the allow-all rule cannot be judged.
resource "google_compute_network" "tiered" { # want GCP-116
  name                    = "tiered"
  auto_create_subnetworks = false
}

resource "google_compute_firewall" "tiered_deny_all" {
  name      = "tiered-deny-all"
  network   = google_compute_network.tiered.id
  direction = "EGRESS"
  priority  = var.egress_priority
  deny {
    protocol = "all"
  }
}

resource "google_compute_firewall" "tiered_allow_all" { # want-note GCP-035
  name      = "tiered-allow-all"
  network   = google_compute_network.tiered.id
  direction = "EGRESS"
  priority  = 1000
  allow {
    protocol = "all"
  }
}

# Enabled only when a variable without a value says so.
resource "google_compute_firewall" "maintenance_egress" {
  name      = "maintenance-egress"
  network   = "shared-vpc"
  direction = "EGRESS"
  disabled  = var.maintenance_window # want-note GCP-035
  allow {
    protocol = "all"
  }
}
