# default_labels cover every required key.
provider "google" {
  project = "acme"
  default_labels = {
    owner       = "platform"
    environment = "production"
  }
}

resource "google_pubsub_topic" "covered" {
  name = "covered"
}
