resource "google_sql_database_instance" "legacy" {
  name             = "legacy"
  database_version = "MYSQL_5_7"
  region           = "europe-west1"
  settings {
    tier = "db-n1-standard-2"
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme-net/global/networks/shared"
    }
    database_flags {
      name  = "local_infile"
      value = "on" # want GCP-137 "LOAD DATA LOCAL"
    }
  }
}

# remote access is on unless turned off.
resource "google_sql_database_instance" "erp" { # want GCP-137 "remote access is not set"
  name             = "erp"
  database_version = "SQLSERVER_2019_STANDARD"
  region           = "europe-west1"
  root_password    = "placeholder-for-test"
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme-net/global/networks/shared"
    }
    database_flags {
      name  = "cross db ownership chaining"
      value = "on" # want GCP-137 "cross db ownership chaining"
    }
    database_flags {
      name  = "contained database authentication"
      value = "on" # want GCP-137 "contained database authentication"
    }
    database_flags {
      name  = "external scripts enabled"
      value = "on" # want GCP-137 "external scripts"
    }
  }
}
