resource "google_alloydb_cluster" "orders" {
  cluster_id = "orders"
  location   = "europe-west1"
  network_config {
    network = "projects/acme-net/global/networks/shared"
  }
}

# A read pool opened to a partner's office through AlloyDB's public IP.
resource "google_alloydb_instance" "reporting" {
  cluster       = google_alloydb_cluster.orders.name
  instance_id   = "orders-reporting"
  instance_type = "READ_POOL"

  read_pool_config {
    node_count = 1
  }

  network_config {
    enable_public_ip = true # want GCP-101 "public IP"
    authorized_external_networks {
      cidr_range = "203.0.113.0/24"
    }
  }
}
