variable "disk_key" {
  type = string
}

resource "google_kms_key_ring" "disks" {
  name     = "disks"
  location = "europe-west1"
}

resource "google_kms_crypto_key" "disks" {
  name            = "disks"
  key_ring        = google_kms_key_ring.disks.id
  rotation_period = "7776000s"
}

resource "google_compute_disk" "data" {
  for_each = toset(["orders", "billing"])
  name     = "data-${each.key}"
  zone     = "europe-west1-b"
  size     = 100
  type     = "pd-ssd"

  disk_encryption_key {
    kms_key_self_link = google_kms_crypto_key.disks.id
  }
}

resource "google_compute_region_disk" "shared" {
  name          = "shared"
  region        = "europe-west1"
  replica_zones = ["europe-west1-b", "europe-west1-c"]
  size          = 200

  disk_encryption_key {
    kms_key_name = google_kms_crypto_key.disks.id
  }
}

resource "google_compute_instance" "app" {
  name         = "app"
  machine_type = "e2-standard-2"
  zone         = "europe-west1-b"

  boot_disk {
    kms_key_self_link = google_kms_crypto_key.disks.id
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    subnetwork = "projects/acme/regions/europe-west1/subnetworks/private"
  }
}

# The boot disk is an existing disk, judged on its own.
resource "google_compute_instance" "attached" {
  name         = "attached"
  machine_type = "e2-standard-2"
  zone         = "europe-west1-b"

  boot_disk {
    source = google_compute_disk.data["orders"].id
  }

  network_interface {
    subnetwork = "projects/acme/regions/europe-west1/subnetworks/private"
  }
}

resource "google_compute_snapshot" "nightly" {
  name        = "data-nightly"
  source_disk = google_compute_disk.data["billing"].id
  zone        = "europe-west1-b"

  snapshot_encryption_key {
    kms_key_self_link = google_kms_crypto_key.disks.id
  }
}

# A key from a variable names a key, whatever its value.
resource "google_compute_disk" "from_variable" {
  name = "from-variable"
  zone = "europe-west1-b"

  disk_encryption_key {
    kms_key_self_link = var.disk_key
  }
}

resource "google_container_node_pool" "apps" {
  name    = "apps"
  cluster = "projects/acme-app/locations/europe-west1/clusters/main"
  node_config {
    machine_type      = "e2-standard-4"
    service_account   = "gke-nodes@acme-app.iam.gserviceaccount.com"
    boot_disk_kms_key = "projects/acme-kms/locations/europe-west1/keyRings/gke/cryptoKeys/nodes"
  }
}

locals {
  image_key = "projects/acme-kms/locations/europe-west1/keyRings/images/cryptoKeys/golden"
}

resource "google_compute_image" "golden" {
  name        = "golden-2026-12"
  source_disk = google_compute_disk.data["billing"].id

  image_encryption_key {
    kms_key_self_link = local.image_key
  }
}

resource "google_compute_machine_image" "web" {
  provider        = google-beta
  name            = "web-image"
  source_instance = "projects/acme-app/zones/europe-west1-b/instances/web"

  machine_image_encryption_key {
    kms_key_name = local.image_key
  }
}

resource "google_dataproc_cluster" "etl" {
  name   = "etl"
  region = "europe-west1"

  cluster_config {
    gce_cluster_config {
      internal_ip_only = true
      service_account  = "dataproc@acme-app.iam.gserviceaccount.com"
    }
    encryption_config {
      kms_key_name = "projects/acme-kms/locations/europe-west1/keyRings/dataproc/cryptoKeys/disks"
    }
  }
}

resource "google_workbench_instance" "lab" {
  name     = "lab"
  location = "europe-west1-b"

  gce_setup {
    machine_type      = "e2-standard-4"
    disable_public_ip = true
    boot_disk {
      disk_encryption = "CMEK"
      kms_key         = "projects/acme-kms/locations/europe-west1/keyRings/notebooks/cryptoKeys/boot"
    }
  }
}

resource "google_notebooks_instance" "legacy" {
  name            = "legacy"
  location        = "europe-west1-b"
  machine_type    = "e2-standard-4"
  no_public_ip    = true
  disk_encryption = "CMEK"
  kms_key         = "projects/acme-kms/locations/europe-west1/keyRings/notebooks/cryptoKeys/boot"

  vm_image {
    project      = "deeplearning-platform-release"
    image_family = "tf-latest-cpu"
  }
}
