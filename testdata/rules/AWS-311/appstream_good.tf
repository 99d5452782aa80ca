# AppStream fleets whose streaming instances accept only IMDSv2.
resource "aws_appstream_fleet" "designers" {
  name            = "designers"
  instance_type   = "stream.standard.medium"
  fleet_type      = "ON_DEMAND"
  image_name      = "AppStream-WinServer2022-01-10-2025"
  disable_imds_v1 = true

  compute_capacity {
    desired_instances = 2
  }
}

locals {
  imds_v2_only = true
}

resource "aws_appstream_fleet" "elastic" {
  name                    = "elastic"
  fleet_type              = "ELASTIC"
  instance_type           = "stream.standard.small"
  platform                = "AMAZON_LINUX2"
  max_concurrent_sessions = 5
  image_name              = "AppStream-AmazonLinux2-03-15-2024"
  disable_imds_v1         = local.imds_v2_only

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d", "subnet-0e5f6a7b"]
  }
}
