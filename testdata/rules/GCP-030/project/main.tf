resource "google_service_account" "workload" {
  account_id   = "workload"
  display_name = "Workload"
}

output "workload_email" {
  value = google_service_account.workload.email
}
