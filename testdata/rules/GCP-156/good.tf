# The default, MySQL and an engine chosen by the caller: GCP-155/good.tf (every
# rule runs on every fixture).
variable "root_password" {
  type      = string
  sensitive = true
}

variable "sqlserver_flags" {
  type = map(string)
  default = {
    "remote access"                     = "off"
    "contained database authentication" = "off"
  }
}

# Off, written through a map as modules do.
resource "google_sql_database_instance" "erp" {
  name             = "erp"
  database_version = "SQLSERVER_2022_ENTERPRISE"
  region           = "europe-west1"
  root_password    = var.root_password
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme-net/global/networks/shared"
    }
    dynamic "database_flags" {
      for_each = var.sqlserver_flags
      content {
        name  = database_flags.key
        value = database_flags.value
      }
    }
  }
}
