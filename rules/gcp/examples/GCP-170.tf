resource "google_composer_environment" "etl" {
  name   = "etl"
  region = "europe-west1"
  config {
    software_config {
      image_version = "composer-2.9.7-airflow-2.9.3"
    }
    web_server_network_access_control {
      allowed_ip_range {
        value       = "203.0.113.0/24"
        description = "office"
      }
    }
  }
}
