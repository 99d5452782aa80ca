# Registry network module calls that terraform init has not downloaded.
# Each subnet records no VPC Flow Logs unless its entry sets
# subnet_flow_logs = "true": the finding points at the entry's name, or at
# the subnet_flow_logs it sets to "false".

module "vpc" {
  source  = "terraform-google-modules/network/google"
  version = "~> 16.0"

  project_id   = var.project_id
  network_name = "prod"

  subnets = [
    {
      subnet_name           = "prod-web" # want GCP-002 "subnet_flow_logs defaults to \"false\" in the subnets entry \"prod-web\""
      subnet_ip             = "10.10.0.0/20"
      subnet_region         = "us-central1"
      subnet_private_access = "true"
    },
    {
      subnet_name      = "prod-data"
      subnet_ip        = "10.10.16.0/20"
      subnet_region    = "us-central1"
      subnet_flow_logs = "true"
    },
    {
      subnet_name      = "prod-batch"
      subnet_ip        = "10.10.32.0/20"
      subnet_region    = "us-east1"
      subnet_flow_logs = "false" # want GCP-002 "subnet_flow_logs = \"false\""
    },
    # The same name in another region is another subnet.
    {
      subnet_name   = "prod-batch" # want GCP-002 "subnet_flow_logs defaults to"
      subnet_ip     = "10.10.48.0/20"
      subnet_region = "us-west1"
    },
  ]
}

variable "project_id" {
  type    = string
  default = "acme-prod"
}

# No upper bound: terraform init installs the latest release, which the
# stand-in models. Subnets built from a local with for.
locals {
  regions = ["europe-west1", "europe-west4"]
}

module "edge" {
  source  = "terraform-google-modules/network/google"
  version = ">= 7.5"

  project_id   = var.project_id
  network_name = "edge"
  subnets = [for i, r in local.regions : { # want GCP-002 "entry \"edge-europe-west1\"" GCP-002 "entry \"edge-europe-west4\""
    subnet_name   = "edge-${r}"
    subnet_ip     = "10.20.${i}.0/24"
    subnet_region = r
  }]
}

# Firewall rules of the module: ranges are an ingress rule's sources.
module "bastion_net" {
  source  = "terraform-google-modules/network/google"
  version = "~> 11.0"

  project_id   = var.project_id
  network_name = "bastion"
  subnets      = []

  firewall_rules = [
    {
      name   = "allow-ssh-anywhere"
      ranges = ["0.0.0.0/0"] # want GCP-001
      allow = [{
        protocol = "tcp"
        ports    = ["22"]
      }]
    },
    {
      name      = "allow-iap-ssh"
      direction = "INGRESS"
      ranges    = ["35.235.240.0/20"]
      allow = [{
        protocol = "tcp"
        ports    = ["22"]
      }]
    },
  ]

  ingress_rules = [{
    name          = "allow-postgres"
    source_ranges = ["0.0.0.0/0"] # want GCP-001
    allow = [{
      protocol = "tcp"
      ports    = ["5432"]
    }]
  }]
}
