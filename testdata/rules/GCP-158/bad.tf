variable "root_password" {
  type      = string
  sensitive = true
}

# On by default.
resource "google_sql_database_instance" "erp" { # want GCP-158 "remote access is not set"
  name             = "erp"
  database_version = "SQLSERVER_2019_STANDARD"
  region           = "europe-west1"
  root_password    = var.root_password
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme-net/global/networks/shared"
    }
    database_flags {
      name  = "cross db ownership chaining"
      value = "off"
    }
  }
}

resource "google_sql_database_instance" "reports" {
  name             = "reports"
  database_version = "SQLSERVER_2022_WEB"
  region           = "europe-west1"
  root_password    = var.root_password
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme-net/global/networks/shared"
    }
    database_flags {
      name  = "remote access"
      value = "on" # want GCP-158 "remote access = \"on\""
    }
  }
}
