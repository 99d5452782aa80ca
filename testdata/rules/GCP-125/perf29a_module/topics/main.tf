# Two topics on the provider the caller hands over: its configuration is
# reported once.
resource "google_pubsub_topic" "events" {
  provider = google-beta
  name     = "partner-events"
}

resource "google_pubsub_topic" "dead_letters" {
  provider = google-beta
  name     = "partner-dead-letters"
}
