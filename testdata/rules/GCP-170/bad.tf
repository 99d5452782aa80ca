# No web_server_network_access_control: the Airflow UI is open to every
# IPv4 and IPv6 address.
resource "google_composer_environment" "etl" { # want GCP-170
  name   = "etl"
  region = "europe-west1"
  config {
    software_config {
      image_version = "composer-2.9.7-airflow-2.9.3"
    }
    environment_size = "ENVIRONMENT_SIZE_SMALL"
  }
}

variable "ui_ranges" {
  type = map(string)
  default = {
    office = "203.0.113.0/24"
    all    = "0.0.0.0/0"
  }
}

# A range list that ends up admitting the whole internet.
resource "google_composer_environment" "reporting" {
  name   = "reporting"
  region = "europe-west1"
  config {
    software_config {
      image_version = "composer-2.9.7-airflow-2.9.3"
    }
    web_server_network_access_control {
      dynamic "allowed_ip_range" {
        for_each = var.ui_ranges
        content {
          value       = allowed_ip_range.value # want GCP-170
          description = allowed_ip_range.key
        }
      }
    }
  }
}
