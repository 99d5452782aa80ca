variable "allowed_cidrs" {
  type    = list(string)
  default = ["198.51.100.10/32", "0.0.0.0/0"]
}

resource "google_alloydb_instance" "primary" {
  cluster       = "projects/acme-app/locations/europe-west1/clusters/orders"
  instance_id   = "orders-primary"
  instance_type = "PRIMARY"

  network_config {
    enable_public_ip = true # want GCP-101 "public IP"
    dynamic "authorized_external_networks" {
      for_each = var.allowed_cidrs
      content {
        cidr_range = authorized_external_networks.value # want GCP-020 "0.0.0.0/0"
      }
    }
  }
}
