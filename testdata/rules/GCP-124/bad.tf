resource "google_storage_bucket" "records" { # want GCP-124 # want GCP-142
  name                        = "acme-records"
  location                    = "EU"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"

  logging {
    log_bucket = "acme-access-logs"
  }
}

resource "google_pubsub_topic" "orders" { # want GCP-124
  name = "orders"
}

resource "google_artifact_registry_repository" "images" { # want GCP-124
  location      = "europe-west1"
  repository_id = "images"
  format        = "DOCKER"
}

resource "google_secret_manager_secret" "api" {
  secret_id = "api"

  replication {
    auto { # want GCP-124
    }
  }
}

resource "google_logging_project_bucket_config" "audit" { # want GCP-124
  project        = "acme-logs"
  location       = "europe-west1"
  bucket_id      = "audit"
  retention_days = 400
}

resource "google_vertex_ai_dataset" "claims" { # want GCP-124
  display_name        = "claims"
  metadata_schema_uri = "gs://google-cloud-aiplatform/schema/dataset/metadata/tabular_1.0.0.yaml"
  region              = "europe-west1"
}

resource "google_dataflow_job" "ingest" { # want GCP-124
  name              = "ingest"
  template_gcs_path = "gs://dataflow-templates/latest/PubSub_to_BigQuery"
  temp_gcs_location = "gs://acme-dataflow-tmp/tmp"
  ip_configuration  = "WORKER_IP_PRIVATE"
}
