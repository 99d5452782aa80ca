variable "notebooks" {
  type    = set(string)
  default = ["alice", "bob"]
}

variable "public_ip_off" {
  type = bool
}

resource "google_workbench_instance" "user" {
  for_each = var.notebooks
  name     = "nb-${each.key}"
  location = "europe-west1-b"
  gce_setup {
    machine_type      = "e2-standard-4"
    disable_public_ip = true
    network_interfaces {
      network = "projects/acme-net/global/networks/shared"
      subnet  = "projects/acme-net/regions/europe-west1/subnetworks/data"
    }
  }
}

resource "google_notebooks_instance" "legacy" {
  name            = "legacy"
  location        = "europe-west1-b"
  machine_type    = "e2-medium"
  no_public_ip    = true
  no_proxy_access = false
  network         = "projects/acme-net/global/networks/shared"
  subnet          = "projects/acme-net/regions/europe-west1/subnetworks/data"
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
      disable_public_ip_addresses = true
    }
  }
}

# internal_ip_only unset: internal-only is the default from image 2.2.
resource "google_dataproc_cluster" "etl" {
  name   = "etl"
  region = "europe-west1"
  cluster_config {
    software_config {
      image_version = "2.2-debian12"
    }
    gce_cluster_config {
      subnetwork = "projects/acme-net/regions/europe-west1/subnetworks/data"
    }
  }
}

resource "google_dataproc_cluster" "private" {
  name   = "private"
  region = "europe-west1"
  cluster_config {
    gce_cluster_config {
      subnetwork       = "projects/acme-net/regions/europe-west1/subnetworks/data"
      internal_ip_only = true
    }
  }
}

resource "google_workbench_instance" "configurable" {
  name     = "configurable"
  location = "europe-west1-b"
  gce_setup {
    disable_public_ip = var.public_ip_off # want-note GCP-132
  }
}

resource "google_notebooks_runtime" "research" {
  name     = "research"
  location = "europe-west1"
  access_config {
    access_type   = "SINGLE_USER"
    runtime_owner = "analyst@example.com"
  }
  virtual_machine {
    virtual_machine_config {
      machine_type     = "n1-standard-4"
      internal_ip_only = true
      network          = "projects/acme-net/global/networks/shared"
      subnet           = "projects/acme-net/regions/europe-west1/subnetworks/data"
    }
  }
}

# Cloud TPU VMs get internal addresses only unless enable_external_ips is
# set; the subnetwork reaches Google APIs through Private Google Access.
resource "google_tpu_v2_vm" "training" {
  name            = "training"
  zone            = "europe-west4-a"
  runtime_version = "tpu-vm-tf-2.14.0"
  network_config {
    network    = "projects/acme-net/global/networks/shared"
    subnetwork = "projects/acme-net/regions/europe-west4/subnetworks/ml"
  }
}

resource "google_tpu_v2_vm" "inference" {
  name            = "inference"
  zone            = "europe-west4-a"
  runtime_version = "tpu-vm-tf-2.14.0"
  network_config {
    enable_external_ips = false
  }
}
