resource "google_project_service" "apis" {
  for_each = toset(["compute.googleapis.com", "cloudasset.googleapis.com"])
  project  = "acme-prod"
  service  = each.value
}
