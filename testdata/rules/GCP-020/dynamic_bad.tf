# Authorized networks written in a dynamic block whose for_each comes from a
# variable without a value: however many blocks it makes, each authorizes
# the whole internet.
variable "office_networks" {
  type = list(string)
}

resource "google_sql_database_instance" "dynamic_open" { # want GCP-100 # want GCP-148 # want GCP-149 # want GCP-150 # want GCP-151 # want GCP-152
  name             = "dynamic-open"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled = true # want GCP-101
      ssl_mode     = "ENCRYPTED_ONLY"
      dynamic "authorized_networks" {
        for_each = var.office_networks
        content {
          name  = authorized_networks.value
          value = "0.0.0.0/0" # want GCP-020
        }
      }
    }
  }
}
