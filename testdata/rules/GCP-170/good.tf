resource "google_composer_environment" "etl" {
  name   = "etl"
  region = "europe-west1"
  config {
    software_config {
      image_version = "composer-2.9.7-airflow-2.9.3"
    }
    private_environment_config {
      enable_private_endpoint = true
    }
    web_server_network_access_control {
      allowed_ip_range {
        value       = "203.0.113.0/24"
        description = "office"
      }
      allowed_ip_range {
        value       = "2001:db8:4400::/48"
        description = "office IPv6"
      }
    }
  }
}
