resource "google_container_cluster" "main" {
  name              = "main"
  location          = "europe-west1"
  datapath_provider = "ADVANCED_DATAPATH"
  # ...
}
