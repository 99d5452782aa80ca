resource "google_project_service" "cloudasset" {
  project = "acme-prod"
  service = "cloudasset.googleapis.com"
}
