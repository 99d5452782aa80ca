# Without --account-baseline a root without a sink is only "no evidence" in
# the checklist report (see baseline/).
resource "google_pubsub_topic" "events" {
  name         = "events"
  kms_key_name = "projects/acme-prod/locations/europe-west1/keyRings/app/cryptoKeys/events"
}
