resource "google_sql_database_instance" "main" { # want GCP-123
  name             = "main"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme/global/networks/private"
    }
    database_flags {
      name  = "local_infile"
      value = "off"
    }
  }
}

resource "google_spanner_database" "ledger" { # want GCP-123
  instance = "ledger"
  name     = "ledger"
}

resource "google_bigquery_dataset" "events" { # want GCP-123
  dataset_id = "events"
  location   = "EU"
}

resource "google_alloydb_cluster" "orders" { # want GCP-123
  cluster_id = "orders"
  location   = "europe-west1"

  network_config {
    network = "projects/acme/global/networks/private"
  }
}

resource "google_bigtable_instance" "metrics" {
  name = "metrics"

  cluster { # want GCP-123
    cluster_id   = "metrics-c1"
    zone         = "europe-west1-b"
    storage_type = "SSD"
  }
}

resource "google_redis_instance" "cache" { # want GCP-123 GCP-144
  name                    = "cache"
  memory_size_gb          = 1
  transit_encryption_mode = "SERVER_AUTHENTICATION"
}

# A table in a dataset another team manages, without its own key.
resource "google_bigquery_table" "shared_orders" { # want GCP-123 "table is encrypted"
  dataset_id          = "shared_analytics"
  table_id            = "orders"
  deletion_protection = true
}

# A table of a dataset declared here is judged through its dataset.
resource "google_bigquery_table" "events_daily" {
  dataset_id = google_bigquery_dataset.events.dataset_id
  table_id   = "daily"
}

resource "google_bigquery_dataset" "warehouse" {
  project    = "acme-prod"
  dataset_id = "warehouse"
  location   = "EU"

  default_encryption_configuration {
    kms_key_name = "projects/acme/locations/eu/keyRings/bigquery/cryptoKeys/warehouse"
  }
}

# The same dataset id in another project: not the dataset declared here.
resource "google_bigquery_table" "dr_orders" { # want GCP-123 "table is encrypted"
  project    = "acme-dr"
  dataset_id = "warehouse"
  table_id   = "orders"
}
