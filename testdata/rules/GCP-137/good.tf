variable "engine" {
  type = string
}

variable "mysql_flags" {
  type    = map(string)
  default = { local_infile = "off", skip_show_database = "on" }
}

# Off, written through a map as modules do.
resource "google_sql_database_instance" "app" {
  name             = "app"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme-net/global/networks/shared"
    }
    dynamic "database_flags" {
      for_each = var.mysql_flags
      content {
        name  = database_flags.key
        value = database_flags.value
      }
    }
  }
}

# Off by default.
resource "google_sql_database_instance" "reports" {
  name             = "reports"
  database_version = "MYSQL_8_4"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme-net/global/networks/shared"
    }
  }
}

# The flag is MySQL's: SQL Server is not judged.
resource "google_sql_database_instance" "erp" {
  name             = "erp"
  database_version = "SQLSERVER_2022_STANDARD"
  region           = "europe-west1"
  root_password    = "placeholder-for-test"
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
      name  = "local_infile"
      value = "on"
    }
  }
}

# An engine chosen by the caller cannot be judged.
resource "google_sql_database_instance" "any" {
  name             = "any"
  database_version = var.engine # want-note GCP-137 # want-note GCP-100 # want-note GCP-134 # want-note GCP-148 # want-note GCP-149 # want-note GCP-150 # want-note GCP-151 # want-note GCP-152 # want-note GCP-153 # want-note GCP-154 # want-note GCP-155 # want-note GCP-156 # want-note GCP-157 # want-note GCP-158
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme-net/global/networks/shared"
    }
  }
}
