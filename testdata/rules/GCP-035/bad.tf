variable "egress_cidr" {
  type    = string
  default = "0.0.0.0/0"
}

# No egress deny-all rule: the implied allow-egress rule is in effect.
resource "google_compute_network" "main" { # want GCP-035 GCP-116
  name                    = "main"
  auto_create_subnetworks = false
}

# The destination through a variable, on a network declared elsewhere.
resource "google_compute_firewall" "allow_all_egress" {
  name               = "allow-all-egress"
  network            = "shared-vpc"
  direction          = "EGRESS"
  destination_ranges = [var.egress_cidr] # want GCP-035
  allow {
    protocol = "all"
  }
}

# TCP without ports and no destination_ranges: every TCP port everywhere.
resource "google_compute_firewall" "tcp_egress" { # want GCP-035
  name      = "tcp-egress"
  network   = "shared-vpc"
  direction = "EGRESS"
  allow {
    protocol = "tcp"
  }
}

# An allow-all rule at priority 1000 takes precedence over the deny-all
# rule at 65534, which then restricts nothing.
resource "google_compute_network" "edge" { # want GCP-116
  name                    = "edge"
  auto_create_subnetworks = false
}

resource "google_compute_firewall" "edge_deny_all" {
  name               = "edge-deny-all"
  network            = google_compute_network.edge.id
  direction          = "EGRESS"
  priority           = 65534
  destination_ranges = ["0.0.0.0/0"]
  deny {
    protocol = "all"
  }
}

resource "google_compute_firewall" "edge_allow_all" {
  name               = "edge-allow-all"
  network            = google_compute_network.edge.name
  direction          = "EGRESS"
  destination_ranges = ["0.0.0.0/0", "::/0"] # want GCP-035 GCP-035
  allow {
    protocol = "udp"
  }
  allow {
    protocol = "all"
  }
}
