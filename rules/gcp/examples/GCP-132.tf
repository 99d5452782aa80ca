resource "google_workbench_instance" "analysis" {
  name     = "analysis"
  location = "europe-west1-b"

  gce_setup {
    machine_type      = "e2-standard-4"
    disable_public_ip = true
    network_interfaces {
      network = google_compute_network.vpc.id
      subnet  = google_compute_subnetwork.private.id
    }
  }
}
