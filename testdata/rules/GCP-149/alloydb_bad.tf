locals {
  pg_flags = {
    log_connections    = "on"
    log_disconnections = "off"
  }
}

resource "google_alloydb_instance" "primary" {
  cluster        = "projects/acme-app/locations/europe-west1/clusters/orders"
  instance_id    = "orders-primary"
  instance_type  = "PRIMARY"
  database_flags = local.pg_flags # want GCP-149 "log_disconnections"
}
