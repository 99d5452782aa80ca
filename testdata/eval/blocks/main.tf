# moved, removed and check blocks create no resource; terraform.workspace is
# "default"; a JSON local with a "//" comment is read without it.
resource "terraform_data" "current" {
  input = terraform.workspace
}

moved {
  from = terraform_data.old
  to   = terraform_data.current
}

removed {
  from = terraform_data.retired
  lifecycle {
    destroy = false
  }
}

check "workspace" {
  assert {
    condition     = terraform.workspace == "default"
    error_message = "unexpected workspace"
  }
}

output "workspace" { value = terraform.workspace }
output "current" { value = terraform_data.current.input }
output "json_locals" { value = local.from_json }
