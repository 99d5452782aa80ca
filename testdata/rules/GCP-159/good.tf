data "google_project" "current" {}

resource "google_container_cluster" "apps" {
  name                        = "apps"
  location                    = "europe-west1"
  remove_default_node_pool    = true
  initial_node_count          = 1
  datapath_provider           = "ADVANCED_DATAPATH"
  enable_intranode_visibility = true

  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = true
    master_ipv4_cidr_block  = "172.16.0.0/28"
  }
  workload_identity_config {
    workload_pool = "${data.google_project.current.project_id}.svc.id.goog"
  }
}

# Provider 3.x spelling.
resource "google_container_cluster" "legacy" {
  name                        = "legacy"
  location                    = "europe-west1"
  remove_default_node_pool    = true
  initial_node_count          = 1
  datapath_provider           = "ADVANCED_DATAPATH"
  enable_intranode_visibility = true

  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = true
    master_ipv4_cidr_block  = "172.16.0.16/28"
  }
  workload_identity_config {
    identity_namespace = "acme.svc.id.goog"
  }
}

resource "google_container_cluster" "autopilot" {
  name             = "autopilot"
  location         = "europe-west1"
  enable_autopilot = true

  cluster_autoscaling {
    auto_provisioning_defaults {
      service_account = "gke-nodes@acme.iam.gserviceaccount.com"
    }
  }

  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = true
    master_ipv4_cidr_block  = "172.16.0.32/28"
  }
}

# Nodes that use the GKE metadata server need Workload Identity on the cluster.
resource "google_container_cluster" "metadata_nodes" {
  name                        = "metadata-nodes"
  location                    = "europe-west1"
  datapath_provider           = "ADVANCED_DATAPATH"
  enable_intranode_visibility = true
  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = true
    master_ipv4_cidr_block  = "172.16.0.32/28"
  }
  node_config {
    service_account = "gke-nodes@acme.iam.gserviceaccount.com"
    workload_metadata_config {
      mode = "GKE_METADATA"
    }
  }
}
