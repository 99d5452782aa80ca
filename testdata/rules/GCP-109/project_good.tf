resource "google_compute_project_metadata" "default" {
  metadata = {
    enable-oslogin             = "TRUE"
    serial-port-logging-enable = "TRUE"
  }
}
