resource "google_compute_disk" "data" { # want GCP-122
  name = "data"
  zone = "europe-west1-b"
  size = 100
  type = "pd-ssd"
}

resource "google_compute_region_disk" "shared" {
  name          = "shared"
  region        = "europe-west1"
  replica_zones = ["europe-west1-b", "europe-west1-c"]
  size          = 200

  disk_encryption_key { # want GCP-122
  }
}

resource "google_compute_instance" "app" {
  name         = "app"
  machine_type = "e2-standard-2"
  zone         = "europe-west1-b"

  boot_disk { # want GCP-122
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    subnetwork = "projects/acme/regions/europe-west1/subnetworks/private"
  }

  shielded_instance_config {
    enable_secure_boot = true
  }
}

resource "google_compute_snapshot" "nightly" { # want GCP-122
  name        = "data-nightly"
  source_disk = google_compute_disk.data.id
  zone        = "europe-west1-b"
}

resource "google_container_node_pool" "apps" {
  name    = "apps"
  cluster = "projects/acme-app/locations/europe-west1/clusters/main"
  node_config { # want GCP-122
    machine_type    = "e2-standard-4"
    service_account = "gke-nodes@acme-app.iam.gserviceaccount.com"
  }
}

resource "google_compute_image" "golden" { # want GCP-122
  name        = "golden-2026-12"
  source_disk = google_compute_disk.data.id
}

resource "google_compute_machine_image" "web" { # want GCP-122
  provider        = google-beta
  name            = "web-image"
  source_instance = "projects/acme-app/zones/europe-west1-b/instances/web"
}

resource "google_dataproc_cluster" "etl" {
  name   = "etl"
  region = "europe-west1"

  cluster_config { # want GCP-122
    gce_cluster_config {
      internal_ip_only = true
      service_account  = "dataproc@acme-app.iam.gserviceaccount.com"
    }
  }
}

resource "google_workbench_instance" "lab" {
  name     = "lab"
  location = "europe-west1-b"

  gce_setup {
    machine_type      = "e2-standard-4"
    disable_public_ip = true
    boot_disk { # want GCP-122
      disk_type = "PD_SSD"
    }
  }
}
