resource "google_compute_project_metadata" "default" {
  metadata = {
    enable-oslogin             = "TRUE"
    enable-oslogin-2fa         = "TRUE"
    serial-port-logging-enable = "TRUE"
  }
}
