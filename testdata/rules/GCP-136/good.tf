variable "node_sa" {
  type = string
}

resource "google_service_account" "app" {
  account_id = "app-vm"
}

resource "google_service_account" "nodes" {
  account_id = "gke-nodes"
}

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
  service_account {
    email  = google_service_account.app.email
    scopes = ["cloud-platform"]
  }
}

# No service_account block: the VM has no service account at all.
resource "google_compute_instance" "bastion" {
  name         = "bastion"
  machine_type = "e2-micro"
  zone         = "europe-west1-b"
  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }
  network_interface {
    subnetwork = "projects/acme-net/regions/europe-west1/subnetworks/app"
  }
}

resource "google_container_cluster" "main" { # want GCP-002 GCP-159
  name                     = "main"
  location                 = "europe-west1"
  datapath_provider        = "ADVANCED_DATAPATH"
  remove_default_node_pool = true
  initial_node_count       = 1
  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = true
    master_ipv4_cidr_block  = "172.16.0.0/28"
  }
}

resource "google_container_node_pool" "pools" {
  for_each = toset(["web", "batch"])
  name     = each.key
  cluster  = google_container_cluster.main.id
  node_config {
    machine_type    = "e2-standard-4"
    service_account = google_service_account.nodes.email
    oauth_scopes    = ["https://www.googleapis.com/auth/cloud-platform"]
  }
}

resource "google_container_cluster" "autopilot" {
  name             = "autopilot"
  location         = "europe-west1"
  enable_autopilot = true
  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = true
    master_ipv4_cidr_block  = "172.16.0.16/28"
  }
  cluster_autoscaling {
    auto_provisioning_defaults {
      service_account = "gke-autopilot@acme-app.iam.gserviceaccount.com"
    }
  }
}

resource "google_container_node_pool" "configurable" {
  name    = "configurable"
  cluster = google_container_cluster.main.id
  node_config {
    machine_type    = "e2-standard-4"
    service_account = var.node_sa # want-note GCP-136
  }
}
