# Each google_compute_project_metadata owns the whole metadata of its
# project: the one of the shared project turning OS Login on does nothing
# for the data project, whose VMs accept metadata SSH keys.
variable "projects" {
  type = map(string)
  default = {
    shared = "acme-shared-vpc"
    data   = "acme-data"
  }
}

resource "google_compute_project_metadata" "shared" {
  project = var.projects["shared"]
  metadata = {
    enable-oslogin     = "TRUE"
    enable-oslogin-2fa = "TRUE"
  }
}

resource "google_compute_project_metadata" "data" { # want GCP-109 "not enabled for the project"
  project = var.projects["data"]
  metadata = {
    serial-port-logging-enable = "TRUE"
    block-project-ssh-keys     = "FALSE"
  }
}
