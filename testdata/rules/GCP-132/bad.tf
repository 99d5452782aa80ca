# Workbench instance: disable_public_ip defaults to false.
resource "google_workbench_instance" "analysis" {
  name     = "analysis"
  location = "europe-west1-b"
  gce_setup { # want GCP-132 "disable_public_ip is not set"
    machine_type = "e2-standard-4"
    network_interfaces {
      network = "projects/acme-net/global/networks/shared"
      subnet  = "projects/acme-net/regions/europe-west1/subnetworks/data"
    }
  }
}

# Without a gce_setup block at all.
resource "google_workbench_instance" "quick" { # want GCP-132
  name     = "quick"
  location = "europe-west1-b"
}

resource "google_notebooks_instance" "legacy" { # want GCP-132 "no_public_ip is not set"
  name         = "legacy"
  location     = "europe-west1-b"
  machine_type = "e2-medium"
  vm_image {
    project      = "deeplearning-platform-release"
    image_family = "tf-latest-cpu"
  }
}

resource "google_workstations_workstation_config" "dev" {
  provider               = google-beta
  workstation_config_id  = "dev"
  workstation_cluster_id = "dev"
  location               = "europe-west1"
  host {
    gce_instance {
      machine_type                = "e2-standard-4"
      disable_public_ip_addresses = false # want GCP-132
    }
  }
}

resource "google_dataproc_cluster" "etl" {
  name   = "etl"
  region = "europe-west1"
  cluster_config {
    gce_cluster_config {
      subnetwork       = "projects/acme-net/regions/europe-west1/subnetworks/data"
      internal_ip_only = false # want GCP-132
    }
  }
}
