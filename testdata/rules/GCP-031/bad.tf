locals {
  full_access = ["cloud-platform"]
}

# No email: the provider attaches the default compute service account.
resource "google_compute_instance" "worker" {
  name         = "worker"
  machine_type = "e2-medium"
  zone         = "europe-west1-b"
  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }
  network_interface {
    network = "default"
  }
  service_account {
    scopes = ["https://www.googleapis.com/auth/cloud-platform"] # want GCP-031
  }
}

# The scope through a local.
resource "google_compute_instance_template" "batch" {
  name_prefix  = "batch-"
  machine_type = "e2-medium"
  disk {
    source_image = "debian-cloud/debian-12"
  }
  network_interface {
    network = "default"
  }
  service_account {
    email  = "123456789012-compute@developer.gserviceaccount.com"
    scopes = local.full_access # want GCP-031
  }
}

resource "google_container_node_pool" "general" {
  name    = "general"
  cluster = "main"
  node_config {
    machine_type    = "e2-standard-4"
    service_account = "default"
    oauth_scopes = [
      "https://www.googleapis.com/auth/cloud-platform", # want GCP-031
    ]
  }
}

resource "google_container_cluster" "legacy" { # want GCP-110 GCP-111 # want GCP-002 GCP-159
  name     = "legacy"
  location = "europe-west1"
  master_authorized_networks_config {}
  node_pool {
    name = "default"
    node_config {
      oauth_scopes = ["cloud-platform"] # want GCP-031
    }
  }
}

resource "google_compute_instance_from_template" "batch" {
  name                     = "batch"
  zone                     = "europe-west1-b"
  source_instance_template = "projects/acme/global/instanceTemplates/batch"
  service_account {
    email  = "123456789012-compute@developer.gserviceaccount.com"
    scopes = ["cloud-platform"] # want GCP-031
  }
}

data "google_compute_default_service_account" "default" {}

resource "google_compute_instance_template" "workers" {
  name_prefix  = "workers-"
  machine_type = "e2-medium"
  disk {
    source_image = "debian-cloud/debian-12"
  }
  network_interface {
    network = "default"
  }
  service_account {
    email  = data.google_compute_default_service_account.default.email
    scopes = ["https://www.googleapis.com/auth/cloud-platform"] # want GCP-031
  }
}

variable "project_number" {
  type = string
}

# The default account's address built from the project number.
resource "google_compute_instance" "reporting" {
  name         = "reporting"
  machine_type = "e2-small"
  zone         = "europe-west1-b"
  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }
  network_interface {
    network = "default"
  }
  service_account {
    email  = "${var.project_number}-compute@developer.gserviceaccount.com"
    scopes = ["cloud-platform"] # want GCP-031
  }
}
