variable "sql_key" {
  type = string
}

variable "bigquery_key" {
  type    = string
  default = "projects/acme/locations/eu/keyRings/bigquery/cryptoKeys/datasets"
}

resource "google_sql_database_instance" "main" {
  name                = "main"
  database_version    = "MYSQL_8_0"
  region              = "europe-west1"
  encryption_key_name = "projects/acme/locations/europe-west1/keyRings/sql/cryptoKeys/main"

  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme/global/networks/private"
    }
  }
}

# A key from a variable names a key, whatever its value.
resource "google_sql_database_instance" "from_variable" {
  name                = "from-variable"
  database_version    = "MYSQL_8_0"
  region              = "europe-west1"
  encryption_key_name = var.sql_key

  settings {
    tier = "db-n1-standard-2"
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme/global/networks/private"
    }
  }
}

resource "google_spanner_database" "ledger" {
  instance = "ledger"
  name     = "ledger"

  encryption_config {
    kms_key_name = "projects/acme/locations/europe-west1/keyRings/spanner/cryptoKeys/ledger"
  }
}

resource "google_bigquery_dataset" "events" {
  for_each   = toset(["events", "audit"])
  dataset_id = each.key
  location   = "EU"

  default_encryption_configuration {
    kms_key_name = var.bigquery_key
  }
}

resource "google_alloydb_cluster" "orders" {
  cluster_id = "orders"
  location   = "europe-west1"

  network_config {
    network = "projects/acme/global/networks/private"
  }

  encryption_config {
    kms_key_name = "projects/acme/locations/europe-west1/keyRings/alloydb/cryptoKeys/orders"
  }
}

resource "google_bigtable_instance" "metrics" {
  name = "metrics"

  cluster {
    cluster_id   = "metrics-c1"
    zone         = "europe-west1-b"
    storage_type = "SSD"
    kms_key_name = "projects/acme/locations/europe-west1/keyRings/bigtable/cryptoKeys/metrics"
  }
}

resource "google_redis_instance" "cache" {
  name                    = "cache"
  memory_size_gb          = 1
  auth_enabled            = true
  transit_encryption_mode = "SERVER_AUTHENTICATION"
  customer_managed_key    = "projects/acme-kms/locations/europe-west1/keyRings/cache/cryptoKeys/redis"
}

resource "google_bigquery_table" "shared_orders" {
  dataset_id          = "shared_analytics"
  table_id            = "orders"
  deletion_protection = true

  encryption_configuration {
    kms_key_name = var.bigquery_key
  }
}

# Inherits the dataset's default key.
resource "google_bigquery_table" "events_daily" {
  dataset_id = google_bigquery_dataset.events.dataset_id
  table_id   = "daily"
}

# Tables that name their dataset by its id take its default key too.
resource "google_bigquery_table" "audit_log" {
  dataset_id = "audit"
  table_id   = "log"
}

resource "google_bigquery_dataset" "finance" {
  project    = "acme-analytics"
  dataset_id = "finance"
  location   = "EU"

  default_encryption_configuration {
    kms_key_name = var.bigquery_key
  }
}

resource "google_bigquery_table" "ledger" {
  project    = "acme-analytics"
  dataset_id = "finance"
  table_id   = "ledger"
}
