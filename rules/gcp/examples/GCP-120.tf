resource "google_project" "app" {
  name                = "app"
  project_id          = "acme-app"
  org_id              = "1234567890"
  billing_account     = "000000-000000-000000"
  auto_create_network = false
}
