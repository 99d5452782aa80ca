resource "google_cloud_run_v2_service_iam_member" "public" {
  name     = "api"
  location = "europe-west1"
  role     = "roles/run.invoker"
  member   = "allUsers" # want GCP-105
}

resource "google_cloudfunctions2_function_iam_binding" "public" {
  cloud_function = "webhook"
  location       = "europe-west1"
  role           = "roles/cloudfunctions.invoker"
  members        = ["allAuthenticatedUsers"] # want GCP-105
}

resource "google_cloud_run_service_iam_policy" "legacy" {
  service     = "legacy"
  location    = "europe-west1"
  policy_data = data.google_iam_policy.noauth.policy_data
}

data "google_iam_policy" "noauth" {
  binding {
    role    = "roles/run.invoker"
    members = ["allUsers"] # want GCP-105
  }
}
