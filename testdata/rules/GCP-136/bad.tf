# A service_account block without an email attaches the default account.
resource "google_compute_instance" "app" {
  name         = "app"
  machine_type = "e2-medium"
  zone         = "europe-west1-b"
  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }
  network_interface {
    subnetwork = "projects/acme-net/regions/europe-west1/subnetworks/app"
  }
  service_account { # want GCP-136 "service_account.email is not set"
    scopes = ["logging-write", "monitoring-write"]
  }
}

resource "google_compute_instance_template" "workers" {
  name_prefix  = "workers-"
  machine_type = "e2-medium"
  disk {
    source_image = "debian-cloud/debian-12"
  }
  network_interface {
    subnetwork = "projects/acme-net/regions/europe-west1/subnetworks/app"
  }
  service_account {
    email  = "123456789012-compute@developer.gserviceaccount.com" # want GCP-136
    scopes = ["storage-ro"]
  }
}

# The default node pool is kept and its nodes run as the default account.
resource "google_container_cluster" "main" { # want GCP-136 "node_config.service_account is not set" # want GCP-002 GCP-159
  name              = "main"
  location          = "europe-west1"
  datapath_provider = "ADVANCED_DATAPATH"
  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = true
    master_ipv4_cidr_block  = "172.16.0.0/28"
  }
  initial_node_count = 1
}

resource "google_container_node_pool" "batch" {
  name    = "batch"
  cluster = google_container_cluster.main.id
  node_config { # want GCP-136
    machine_type = "e2-standard-4"
  }
}

resource "google_container_cluster" "autopilot" { # want GCP-136 "Autopilot"
  name             = "autopilot"
  location         = "europe-west1"
  enable_autopilot = true
  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = true
    master_ipv4_cidr_block  = "172.16.0.16/28"
  }
}

data "google_compute_default_service_account" "default" {}

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
    email  = data.google_compute_default_service_account.default.email # want GCP-136 "data source"
    scopes = ["https://www.googleapis.com/auth/logging.write"]
  }
}

variable "project_number" {
  type = string
}

# The default account's address built from the project number.
resource "google_compute_instance_template" "reporting" {
  name_prefix  = "reporting-"
  machine_type = "e2-small"
  disk {
    source_image = "debian-cloud/debian-12"
  }
  network_interface {
    subnetwork = "projects/acme-net/regions/europe-west1/subnetworks/app"
  }
  service_account {
    email  = "${var.project_number}-compute@developer.gserviceaccount.com" # want GCP-136
    scopes = ["logging-write"]
  }
}
