# Network module calls whose subnets record VPC Flow Logs, whose subnets
# serve only a load balancer's proxies (no VM traffic to log), or whose
# version the stand-in does not model.

module "logged" {
  source  = "terraform-google-modules/network/google"
  version = "~> 18.0.0"

  project_id   = "acme-prod"
  network_name = "logged"

  subnets = [
    {
      subnet_name               = "logged-a"
      subnet_ip                 = "10.30.0.0/24"
      subnet_region             = "us-central1"
      subnet_flow_logs          = "true"
      subnet_flow_logs_interval = "INTERVAL_10_MIN"
      subnet_flow_logs_sampling = 0.7
    },
    {
      subnet_name      = "logged-b"
      subnet_ip        = "10.30.1.0/24"
      subnet_region    = "us-east1"
      subnet_flow_logs = true
    },
    {
      subnet_name   = "proxy-only"
      subnet_ip     = "10.30.2.0/24"
      subnet_region = "us-central1"
      purpose       = "REGIONAL_MANAGED_PROXY"
      role          = "ACTIVE"
    },
  ]
}

# v8 is older than the stand-in models: the call keeps its note.
module "old" {
  source  = "terraform-google-modules/network/google"
  version = "~> 8.0"

  project_id   = "acme-prod"
  network_name = "old"
  subnets = [{
    subnet_name   = "old-a"
    subnet_ip     = "10.40.0.0/24"
    subnet_region = "us-central1"
  }]
}

# An output the stand-in models, and one it does not.
resource "google_compute_router" "logged" {
  name    = "logged"
  region  = "us-central1"
  network = module.logged.network_name
}
