variable "network" {
  type    = string
  default = "projects/acme/global/networks/data"
}

resource "google_dataflow_job" "etl" {
  name              = "etl"
  template_gcs_path = "gs://dataflow-templates/latest/Word_Count"
  temp_gcs_location = "gs://acme-tmp/dataflow"
  ip_configuration  = "WORKER_IP_PRIVATE"
  network           = var.network
}

resource "google_data_fusion_instance" "pipelines" {
  name             = "pipelines"
  region           = "europe-west1"
  type             = "BASIC"
  private_instance = true

  enable_stackdriver_logging    = true
  enable_stackdriver_monitoring = true

  network_config {
    network       = "data"
    ip_allocation = "10.89.48.0/22"
  }
}

resource "google_cloudbuild_worker_pool" "builds" {
  name     = "builds"
  location = "europe-west1"

  worker_config {
    disk_size_gb   = 100
    machine_type   = "e2-standard-4"
    no_external_ip = true
  }
  network_config {
    peered_network = var.network
  }
}
