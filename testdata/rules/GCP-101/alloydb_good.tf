resource "google_alloydb_cluster" "orders" {
  cluster_id = "orders"
  location   = "europe-west1"
  network_config {
    network = "projects/acme-net/global/networks/shared"
  }
}

# Private services access only: enable_public_ip defaults to false.
resource "google_alloydb_instance" "primary" {
  cluster       = google_alloydb_cluster.orders.name
  instance_id   = "orders-primary"
  instance_type = "PRIMARY"
}

resource "google_alloydb_instance" "reporting" {
  cluster       = google_alloydb_cluster.orders.name
  instance_id   = "orders-reporting"
  instance_type = "READ_POOL"

  read_pool_config {
    node_count = 1
  }

  network_config {
    enable_public_ip          = false
    enable_outbound_public_ip = true
  }

  depends_on = [google_alloydb_instance.primary]
}
