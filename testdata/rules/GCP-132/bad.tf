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

# Managed notebooks runtime: external IPs unless internal_ip_only = true.
resource "google_notebooks_runtime" "research" {
  name     = "research"
  location = "europe-west1"
  access_config {
    access_type   = "SINGLE_USER"
    runtime_owner = "analyst@example.com"
  }
  virtual_machine {
    virtual_machine_config { # want GCP-132 "internal_ip_only is not set"
      machine_type = "n1-standard-4"
      data_disk {
        initialize_params {
          disk_size_gb = "100"
          disk_type    = "PD_STANDARD"
        }
      }
    }
  }
}

resource "google_tpu_v2_vm" "training" {
  name            = "training"
  zone            = "europe-west4-a"
  runtime_version = "tpu-vm-tf-2.14.0"
  network_config {
    network             = "projects/acme-net/global/networks/shared"
    subnetwork          = "projects/acme-net/regions/europe-west4/subnetworks/ml"
    enable_external_ips = true # want GCP-132
  }
}
