# The project's own provider uses Application Default Credentials; a
# partner project's google-beta provider has a token pasted in, and only
# the resources of a module handed that provider use it.
provider "google" {
  project = "acme-prod"
  region  = "europe-west1"
}

provider "google-beta" {
  alias        = "partner"
  project      = "partner-shared"
  access_token = "ya29.a0AfB_byPartnerTokenPastedHereForTheSharedProject0123" # want GCP-125
}

module "partner_topics" {
  source = "./topics"
  providers = {
    google-beta = google-beta.partner
  }
}

resource "google_pubsub_topic" "orders" {
  name = "orders"
}
