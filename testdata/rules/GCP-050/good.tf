resource "google_pubsub_topic" "labelled" {
  name = "labelled"
  labels = {
    owner       = "payments"
    environment = "production"
  }
}

resource "google_sql_database_instance" "labelled" { # want GCP-100 # want GCP-148 # want GCP-149 # want GCP-150 # want GCP-151 # want GCP-152
  name             = "orders-labelled"
  database_version = "POSTGRES_16"
  region           = "europe-west1"
  settings {
    tier        = "db-f1-micro"
    user_labels = { owner = "payments", environment = "production" }
    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/acme/global/networks/vpc"
    }
  }
}

variable "extra_labels" {
  type = map(string) # no value given: unknown
}

# merge() with an unknown part: the keys are not known, never reported.
resource "google_compute_disk" "unknown_labels" {
  name   = "data"
  zone   = "europe-west1-b"
  size   = 10
  labels = merge(var.extra_labels, { owner = "payments" }) # want-note GCP-050
}

# Data sources are never checked.
data "google_storage_bucket" "existing" {
  name = "existing"
}

# Notification channel labels are channel settings, not resource labels.
resource "google_monitoring_notification_channel" "mail" {
  display_name = "ops"
  type         = "email"
  labels       = { email_address = "ops@example.com" }
}

# Not labelable, no labels written: not checked.
resource "google_pubsub_topic_iam_member" "reader" {
  topic  = google_pubsub_topic.labelled.name
  role   = "roles/pubsub.subscriber"
  member = "group:ops@example.com"
}
