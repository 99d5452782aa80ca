variable "root_password" {
  type      = string
  sensitive = true
}

resource "google_sql_database_instance" "erp" {
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
      name  = "remote access"
      value = "off"
    }
    database_flags {
      name  = "contained database authentication"
      value = "on" # want GCP-156 "contained database authentication = \"on\""
    }
  }
}
