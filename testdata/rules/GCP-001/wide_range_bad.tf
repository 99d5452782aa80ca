# Half the address space twice over, and a private range mistyped one bit
# short (10.0.0.0/7 also holds 11.0.0.0/8).
resource "google_compute_firewall" "wide_ssh_admins" {
  name    = "ssh-admins"
  network = "default"
  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
  source_ranges = ["0.0.0.0/1", "128.0.0.0/1"] # want GCP-001 "0.0.0.0/1 to port 22" GCP-001 "128.0.0.0/1 to port 22"
}

resource "google_compute_firewall" "wide_db_office" {
  name    = "db-office"
  network = "default"
  allow {
    protocol = "tcp"
    ports    = ["5432"]
  }
  source_ranges = ["10.0.0.0/7"] # want GCP-001 "10.0.0.0/7 to port 5432"
}
