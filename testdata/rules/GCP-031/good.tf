variable "vm_service_account" {
  type = string
}

# A dedicated service account with the cloud-platform scope: access is
# then limited by the account's roles.
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
    network = "default"
  }
  service_account {
    email  = "app-vm@acme-prod.iam.gserviceaccount.com"
    scopes = ["cloud-platform"]
  }
}

# The default service account with narrow scopes.
resource "google_compute_instance" "legacy_logs" {
  name         = "legacy-logs"
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
  service_account { # want GCP-136
    scopes = ["logging-write", "monitoring-write"]
  }
}

# No service_account block: no service account at all.
resource "google_compute_instance" "isolated" {
  name         = "isolated"
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
}

# The service account is not known statically.
resource "google_compute_instance_template" "jobs" {
  name_prefix  = "jobs-"
  machine_type = "e2-medium"
  disk {
    source_image = "debian-cloud/debian-12"
  }
  network_interface {
    network = "default"
  }
  service_account {
    email  = var.vm_service_account
    scopes = ["cloud-platform"]
  }
}

# The cluster's node_config only describes the default pool, which is removed.
resource "google_container_cluster" "main" { # want GCP-110 GCP-111 # want GCP-002 GCP-159
  name                     = "main"
  location                 = "europe-west1"
  remove_default_node_pool = true
  initial_node_count       = 1
  master_authorized_networks_config {}
  node_config {
    oauth_scopes = ["cloud-platform"]
  }
}

# Without oauth_scopes, GKE uses its narrow default scopes.
resource "google_container_node_pool" "batch" {
  name    = "batch"
  cluster = google_container_cluster.main.name
  node_config { # want GCP-136
    machine_type = "e2-standard-4"
  }
}
