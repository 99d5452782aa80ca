# Authorized networks from a variable without a value, the usual module
# idiom: which networks is not known, so GCP-020 says it cannot tell.
variable "authorized_networks" {
  type = list(object({ name = string, cidr = string }))
}

resource "google_sql_database_instance" "dynamic_unknown" { # want GCP-100 # want GCP-148 # want GCP-149 # want GCP-150 # want GCP-151 # want GCP-152
  name             = "dynamic-unknown"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled = true # want GCP-101
      ssl_mode     = "ENCRYPTED_ONLY"
      dynamic "authorized_networks" {
        for_each = var.authorized_networks
        content {
          name  = authorized_networks.value.name
          value = authorized_networks.value.cidr # want-note GCP-020
        }
      }
    }
  }
}

# The same module with the variable given: only private ranges.
resource "google_sql_database_instance" "dynamic_known" { # want GCP-100 # want GCP-148 # want GCP-149 # want GCP-150 # want GCP-151 # want GCP-152
  name             = "dynamic-known"
  database_version = "POSTGRES_15"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled = true # want GCP-101
      ssl_mode     = "ENCRYPTED_ONLY"
      dynamic "authorized_networks" {
        for_each = [{ name = "office", cidr = "203.0.113.0/24" }, { name = "vpn", cidr = "198.51.100.16/28" }]
        content {
          name  = authorized_networks.value.name
          value = authorized_networks.value.cidr
        }
      }
    }
  }
}
