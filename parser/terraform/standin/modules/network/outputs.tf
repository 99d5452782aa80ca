# The module's outputs about what the stand-in creates.

output "network_name" {
  value = var.network_name
}

output "project_id" {
  value = var.project_id
}

output "subnets" {
  value = google_compute_subnetwork.subnetwork
}

output "subnets_names" {
  value = [for s in google_compute_subnetwork.subnetwork : s.name]
}

output "subnets_ips" {
  value = [for s in google_compute_subnetwork.subnetwork : s.ip_cidr_range]
}

output "subnets_regions" {
  value = [for s in google_compute_subnetwork.subnetwork : s.region]
}

output "subnets_self_links" {
  value = [for s in google_compute_subnetwork.subnetwork : s.self_link]
}

output "subnets_ids" {
  value = [for s in google_compute_subnetwork.subnetwork : s.id]
}

output "subnets_private_access" {
  value = [for s in google_compute_subnetwork.subnetwork : s.private_ip_google_access]
}

output "subnets_flow_logs" {
  value = [for s in google_compute_subnetwork.subnetwork : length(s.log_config) > 0]
}

output "firewall_rules" {
  value = google_compute_firewall.rules
}
