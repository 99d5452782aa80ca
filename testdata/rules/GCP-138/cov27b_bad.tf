resource "google_service_account" "composer" {
  account_id = "composer-env"
}

resource "google_composer_environment" "etl" {
  name   = "etl"
  region = "europe-west1"

  config {
    node_config {
      service_account = google_service_account.composer.email
    }

    software_config {
      image_version = "composer-2.9.7-airflow-2.9.3"
      env_variables = {
        AIRFLOW_VAR_WAREHOUSE_PASSWORD = "Wh-2024-s3cr3t!x" # want GCP-138 "AIRFLOW_VAR_WAREHOUSE_PASSWORD"
        AIRFLOW_VAR_REGION             = "europe-west1"
      }
    }

    web_server_network_access_control {
      allowed_ip_range {
        value = "10.20.0.0/16"
      }
    }
  }
}

resource "google_dataproc_cluster" "spark" {
  name   = "spark"
  region = "europe-west1"

  cluster_config {
    gce_cluster_config {
      internal_ip_only = true
      service_account  = google_service_account.composer.email
      metadata = {
        startup-script = "export DB_PASSWORD='Sp4rk-Jobs-2024!'" # want GCP-138 "metadata"
      }
    }
  }
}
