variable "topic_key" {
  type = string
}

locals {
  storage_key = "projects/acme/locations/eu/keyRings/storage/cryptoKeys/records"
}

resource "google_storage_bucket" "records" { # want GCP-142
  name                        = "acme-records"
  location                    = "EU"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"

  logging {
    log_bucket = "acme-access-logs"
  }

  encryption {
    default_kms_key_name = local.storage_key
  }
}

resource "google_pubsub_topic" "orders" {
  for_each     = toset(["orders", "refunds"])
  name         = each.key
  kms_key_name = "projects/acme/locations/europe-west1/keyRings/pubsub/cryptoKeys/topics"
}

# A key from a variable names a key, whatever its value.
resource "google_pubsub_topic" "from_variable" {
  name         = "from-variable"
  kms_key_name = var.topic_key
}

resource "google_artifact_registry_repository" "images" {
  location      = "europe-west1"
  repository_id = "images"
  format        = "DOCKER"
  kms_key_name  = "projects/acme/locations/europe-west1/keyRings/registry/cryptoKeys/images"
}

resource "google_secret_manager_secret" "api" {
  secret_id = "api"

  replication {
    auto {
      customer_managed_encryption {
        kms_key_name = "projects/acme/locations/global/keyRings/secrets/cryptoKeys/api"
      }
    }
  }
}

resource "google_secret_manager_secret" "regional" {
  secret_id = "regional"

  replication {
    user_managed {
      replicas {
        location = "europe-west1"
        customer_managed_encryption {
          kms_key_name = "projects/acme/locations/europe-west1/keyRings/secrets/cryptoKeys/regional"
        }
      }
    }
  }
}

resource "google_logging_project_bucket_config" "audit" {
  project        = "acme-logs"
  location       = "europe-west1"
  bucket_id      = "audit"
  retention_days = 400
  cmek_settings {
    kms_key_name = "projects/acme-kms/locations/europe-west1/keyRings/logs/cryptoKeys/audit"
  }
}

variable "vertex_key" {
  type    = string
  default = "projects/acme-kms/locations/europe-west1/keyRings/vertex/cryptoKeys/data"
}

resource "google_vertex_ai_dataset" "claims" {
  display_name        = "claims"
  metadata_schema_uri = "gs://google-cloud-aiplatform/schema/dataset/metadata/tabular_1.0.0.yaml"
  region              = "europe-west1"

  encryption_spec {
    kms_key_name = var.vertex_key
  }
}

resource "google_vertex_ai_endpoint" "claims" {
  name         = "claims"
  display_name = "claims"
  location     = "europe-west1"
  network      = "projects/123456789/global/networks/ml"

  encryption_spec {
    kms_key_name = var.vertex_key
  }
}

resource "google_dataflow_job" "ingest" {
  name              = "ingest"
  template_gcs_path = "gs://dataflow-templates/latest/PubSub_to_BigQuery"
  temp_gcs_location = "gs://acme-dataflow-tmp/tmp"
  ip_configuration  = "WORKER_IP_PRIVATE"
  kms_key_name      = "projects/acme-kms/locations/europe-west1/keyRings/dataflow/cryptoKeys/jobs"
}
