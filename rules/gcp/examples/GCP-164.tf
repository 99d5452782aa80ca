resource "google_data_fusion_instance" "etl" {
  name                          = "etl"
  region                        = "europe-west1"
  type                          = "ENTERPRISE"
  private_instance              = true
  enable_stackdriver_logging    = true
  enable_stackdriver_monitoring = true
  # ...
}
