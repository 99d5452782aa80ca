resource "google_compute_project_metadata" "default" { # want GCP-109 "not enabled for the project"
  metadata = {
    serial-port-logging-enable = "TRUE"
  }
}
