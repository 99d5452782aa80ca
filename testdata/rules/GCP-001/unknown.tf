# Whether these rules admit traffic turns on inputs: each would open SSH
# to the internet were it an enabled ingress rule, so each is undecided.
variable "direction" {
  type = string
}

variable "maintenance" {
  type = bool
}

resource "google_compute_firewall" "by_direction" {
  name          = "ssh-by-direction"
  network       = "default"
  direction     = var.direction # want-note GCP-001 "direction"
  source_ranges = ["0.0.0.0/0"]
  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

resource "google_compute_firewall" "by_state" {
  name          = "ssh-in-maintenance"
  network       = "default"
  disabled      = var.maintenance # want-note GCP-001 "disabled"
  source_ranges = ["0.0.0.0/0"]
  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

# An unknown direction on a rule that admits only a private range needs no
# note: it opens nothing to the internet either way.
resource "google_compute_firewall" "private_by_direction" {
  name          = "private-by-direction"
  network       = "default"
  direction     = var.direction
  source_ranges = ["10.0.0.0/8"]
  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}
