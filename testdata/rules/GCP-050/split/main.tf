# The provider adds owner; each resource must add environment.
provider "google" {
  project        = "acme"
  default_labels = { owner = "platform" }
}

resource "google_pubsub_topic" "completes" {
  name   = "completes"
  labels = { environment = "production" }
}

resource "google_pubsub_topic" "bare" { # want GCP-050
  name = "bare"
}
