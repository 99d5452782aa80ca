resource "google_service_account" "app" {
  account_id = "app-vm"
}

resource "google_compute_instance" "app" {
  # ...
  service_account {
    email  = google_service_account.app.email
    scopes = ["cloud-platform"]
  }
}
