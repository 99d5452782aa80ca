variable "default_labels" {
  type = map(string) # no value given
}

# Unknown default labels: every key may be there, nothing is reported.
provider "google" {
  project        = "acme"
  default_labels = var.default_labels # want-note GCP-050
}

resource "google_pubsub_topic" "maybe" {
  name = "maybe"
}
