resource "google_sql_database_instance" "mode" { # want GCP-100 # want GCP-148 # want GCP-149 # want GCP-150 # want GCP-151 # want GCP-152
  name             = "mode"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled = true                              # want GCP-101
      ssl_mode     = "ALLOW_UNENCRYPTED_AND_ENCRYPTED" # want GCP-026
    }
  }
}

resource "google_sql_database_instance" "legacy" {
  name             = "legacy"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
    ip_configuration {    # want GCP-101
      require_ssl = false # want GCP-026
    }
  }
}

# Written to allow unencrypted connections: reported on a private instance too.
resource "google_sql_database_instance" "private_plain" { # want GCP-100 GCP-148 # want GCP-149 # want GCP-150 # want GCP-151 # want GCP-152
  name             = "private-plain"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme/global/networks/main"
      ssl_mode        = "ALLOW_UNENCRYPTED_AND_ENCRYPTED" # want GCP-026
    }
  }
}

# No ip_configuration: a public IP and no TLS requirement, both defaults.
resource "google_sql_database_instance" "defaults" { # want GCP-026 "public IP"
  name             = "defaults"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"

  settings { # want GCP-101
    tier = "db-custom-2-7680"
  }
}
