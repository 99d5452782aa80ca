resource "google_alloydb_instance" "primary" {
  cluster       = "projects/acme-app/locations/europe-west1/clusters/orders"
  instance_id   = "orders-primary"
  instance_type = "PRIMARY"

  database_flags = {
    "log_connections"    = "off" # want GCP-100 "log_connections"
    "log_disconnections" = "on"
  }
}
