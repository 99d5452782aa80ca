resource "google_compute_instance" "app" {
  # ...
  metadata = {
    serial-port-enable = "FALSE"
    enable-oslogin     = "TRUE"
  }
}
