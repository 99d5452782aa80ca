variable "ipv4" {
  type = bool
}

resource "google_sql_database_instance" "ok_narrow" { # want GCP-100 # want GCP-148 # want GCP-026 # want GCP-149 # want GCP-150 # want GCP-151 # want GCP-152
  name             = "narrow"
  database_version = "POSTGRES_16"
  region           = "europe-west1"
  settings {
    tier = "db-f1-micro"
    ip_configuration { # want GCP-101
      authorized_networks {
        name  = "office"
        value = "203.0.113.0/24"
      }
    }
  }
}

# No public IP: authorized networks do not apply.
resource "google_sql_database_instance" "ok_private" { # want GCP-100 # want GCP-148 # want GCP-149 # want GCP-150 # want GCP-151 # want GCP-152
  name             = "private"
  database_version = "POSTGRES_16"
  region           = "europe-west1"
  settings {
    tier = "db-f1-micro"
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme/global/networks/vpc"
      authorized_networks {
        value = "0.0.0.0/0"
      }
    }
  }
}

resource "google_sql_database_instance" "ok_unknown_ipv4" { # want GCP-100 # want GCP-148 # want GCP-149 # want GCP-150 # want GCP-151 # want GCP-152
  name             = "unknown"
  database_version = "POSTGRES_16"
  region           = "europe-west1"
  settings {
    tier = "db-f1-micro"
    ip_configuration {
      ipv4_enabled = var.ipv4 # want-note GCP-101 # want-note GCP-026
      authorized_networks {
        value = "203.0.113.7/32"
      }
    }
  }
}
