resource "google_dataflow_job" "etl" { # want GCP-132 "worker VMs have public IP"
  name              = "etl"
  template_gcs_path = "gs://dataflow-templates/latest/Word_Count"
  temp_gcs_location = "gs://acme-tmp/dataflow"
}

resource "google_dataflow_flex_template_job" "stream" {
  provider                = google-beta
  name                    = "stream"
  container_spec_gcs_path = "gs://acme-templates/stream.json"
  ip_configuration        = "WORKER_IP_PUBLIC" # want GCP-132
}

resource "google_data_fusion_instance" "pipelines" { # want GCP-132 GCP-164
  name   = "pipelines"
  region = "europe-west1"
  type   = "BASIC"
}

resource "google_cloudbuild_worker_pool" "builds" {
  name     = "builds"
  location = "europe-west1"

  worker_config {
    disk_size_gb   = 100
    machine_type   = "e2-standard-4"
    no_external_ip = false # want GCP-132
  }
}
