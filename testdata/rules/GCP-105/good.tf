resource "google_service_account" "frontend" {
  account_id   = "frontend"
  display_name = "frontend"
}

resource "google_cloud_run_v2_service_iam_member" "frontend" {
  name     = "api"
  location = "europe-west1"
  role     = "roles/run.invoker"
  member   = "serviceAccount:${google_service_account.frontend.email}"
}

resource "google_cloudfunctions2_function_iam_binding" "callers" {
  cloud_function = "webhook"
  location       = "europe-west1"
  role           = "roles/cloudfunctions.invoker"
  members        = ["group:ops@example.com", "serviceAccount:scheduler@acme.iam.gserviceaccount.com"]
}
