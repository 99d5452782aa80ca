variable "ssl_mode" {
  type = string
}

resource "google_sql_database_instance" "encrypted" { # want GCP-100 # want GCP-148 # want GCP-149 # want GCP-150 # want GCP-151 # want GCP-152
  name             = "encrypted"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled = true # want GCP-101
      ssl_mode     = "ENCRYPTED_ONLY"
    }
  }
}

# ssl_mode takes precedence over the older require_ssl.
resource "google_sql_database_instance" "mtls" { # want GCP-100 # want GCP-148 # want GCP-149 # want GCP-150 # want GCP-151 # want GCP-152
  name             = "mtls"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
    ip_configuration { # want GCP-101
      require_ssl = false
      ssl_mode    = "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"
    }
  }
}

# Private IP only, TLS left at its default.
resource "google_sql_database_instance" "private" { # want GCP-100 # want GCP-148 # want GCP-149 # want GCP-150 # want GCP-151 # want GCP-152
  name             = "private"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme/global/networks/main"
    }
  }
}

# Not known statically: an undecided note.
resource "google_sql_database_instance" "variable" { # want GCP-100 # want GCP-148 # want GCP-149 # want GCP-150 # want GCP-151 # want GCP-152
  name             = "variable"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"
    ip_configuration { # want GCP-101
      ssl_mode = var.ssl_mode # want-note GCP-026
    }
  }
}
