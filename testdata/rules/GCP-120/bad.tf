resource "google_project" "app" { # want GCP-120
  name            = "app"
  project_id      = "acme-app"
  org_id          = "1234567890"
  billing_account = "000000-000000-000000"
}

resource "google_project" "data" {
  name                = "data"
  project_id          = "acme-data"
  folder_id           = "folders/1234567890"
  billing_account     = "000000-000000-000000"
  auto_create_network = true # want GCP-120
}
